package io.github.raceguard.context;

/**
 * The transaction a piece of code runs in, as far as the proxy applies it.
 *
 * @param active      an effective transaction surrounds the code
 * @param isolation   {@code DEFAULT}, {@code READ_COMMITTED}, ..., {@code SERIALIZABLE}
 * @param readOnly    a read-only transaction (JPA changes are not flushed)
 * @param description what decides it, for messages: "@Transactional on transfer()",
 *                    "@Transactional on a private method is not applied by Spring's proxy"
 */
public record TransactionContext(boolean active, String isolation, boolean readOnly, String description) {

    public static TransactionContext none(String why) {
        return new TransactionContext(false, null, false, why);
    }

    public boolean serializable() {
        return active && "SERIALIZABLE".equals(isolation);
    }

    /** Human-readable isolation: DEFAULT is the database's, READ_COMMITTED on most. */
    public String isolationDescription() {
        return isolation == null || isolation.equals("DEFAULT") ? "default isolation (READ_COMMITTED on most databases)" : isolation + " isolation";
    }

    /**
     * The less protective of two contexts a method can be reached in. Commutative and associative
     * (ties are broken on the description), so a meet over many callers does not depend on their
     * order.
     */
    public static TransactionContext weaker(TransactionContext a, TransactionContext b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.active != b.active) {
            return a.active ? b : a;
        }
        if (!a.active) {
            return a.description.compareTo(b.description) <= 0 ? a : b;
        }
        int ra = rank(a.isolation);
        int rb = rank(b.isolation);
        TransactionContext chosen;
        if (ra != rb) {
            chosen = ra < rb ? a : b;
        } else if (a.readOnly != b.readOnly) {
            chosen = a.readOnly ? b : a;
        } else {
            chosen = a.description.compareTo(b.description) <= 0 ? a : b;
        }
        boolean readOnly = a.readOnly && b.readOnly;
        return chosen.readOnly == readOnly ? chosen : new TransactionContext(true, chosen.isolation, readOnly, chosen.description);
    }

    private static int rank(String isolation) {
        if (isolation == null) {
            return 1;
        }
        return switch (isolation) {
            case "READ_UNCOMMITTED" -> 0;
            case "REPEATABLE_READ" -> 2;
            case "SERIALIZABLE" -> 3;
            default -> 1;
        };
    }
}
