package nl.starters.member.federation;

/** What a trusted provider's valid ID token says about the person: who they are there, and what it shares. */
record VerifiedLogin(String issuer, String subject, String name, String email, String branch) {}
