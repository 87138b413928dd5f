package nl.starters.servicedefaults.web;

import java.util.List;
import java.util.function.Function;

/** The list shape of the contract: a page of items with its number, size and the total count. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
