package io.parallax.analysis;

import java.util.Objects;

/** The reported result of a legislature's vote; counts the text does not give are null. */
public record VoteValue(String chamber, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous)
        implements ClaimValue {

    @Override
    public ClaimType type() {
        return ClaimType.VOTE;
    }

    /** "State Duma: 397–0 (unanimous)", "Federation Council: unanimous". */
    @Override
    public String label() {
        StringBuilder label = new StringBuilder(chamber == null ? "Unknown chamber" : chamber);
        if (votesFor != null) {
            label.append(": ").append(votesFor).append('–').append(votesAgainst == null ? "?" : votesAgainst);
            if (abstentions != null) {
                label.append(", ").append(abstentions).append(" abstaining");
            }
        }
        if (unanimous) {
            label.append(votesFor == null ? ": unanimous" : " (unanimous)");
        }
        return label.toString();
    }

    /** Same chamber where both name one, the same tally where both give one, and "unanimously" never beside votes against. */
    @Override
    public boolean compatibleWith(ClaimValue other) {
        if (!(other instanceof VoteValue o)) {
            return false;
        }
        if (chamber != null && o.chamber != null && !chamber.equals(o.chamber)) {
            return false;
        }
        if (votesFor != null && o.votesFor != null
                && !(votesFor.equals(o.votesFor) && Objects.equals(votesAgainst, o.votesAgainst))) {
            return false;
        }
        return unanimityFits(this, o) && unanimityFits(o, this);
    }

    private static boolean unanimityFits(VoteValue unanimous, VoteValue other) {
        return !unanimous.unanimous || other.votesAgainst == null || other.votesAgainst == 0;
    }

    /** 0 with a tally, 1 with only "passed" or "unanimously". */
    @Override
    public int vagueness() {
        return votesFor != null ? 0 : 1;
    }
}
