package nl.starters.branch.activity;

import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.members.MemberArrivalHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MEMBER_JOINED: a member whose home branch is this one first appears in this branch's copy of
 * members.v1 (in the transaction that adds them, so once per member); members of other branches are
 * not this branch's to count.
 */
@Component
class MemberJoined implements MemberArrivalHandler {

    private final ActivityRecorder activity;
    private final String branch;

    MemberJoined(ActivityRecorder activity, BranchProperties branch) {
        this.activity = activity;
        this.branch = branch.id();
    }

    @Override
    public Mono<Void> memberArrived(UUID memberId, String homeBranch) {
        return branch.equals(homeBranch) ? activity.memberJoined(memberId) : Mono.empty();
    }
}
