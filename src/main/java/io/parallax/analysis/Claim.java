package io.parallax.analysis;

public record Claim(ClaimType type, int start, int end, String text, String sentence, Subject subject, Attribution attribution, ClaimValue value) {}
