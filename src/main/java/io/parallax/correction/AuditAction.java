package io.parallax.correction;

/** What an entry of the audit log records. */
public enum AuditAction {
    REJECT("Rejected a claim"),
    CORRECT_VALUE("Corrected a value"),
    CORRECT_SUBJECT("Moved a claim to another row"),
    SPLIT("Split a claim into its own row"),
    MERGE("Merged two rows"),
    RELABEL("Relabelled a row"),
    UNDO("Undid a change");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
