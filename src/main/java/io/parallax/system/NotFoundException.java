package io.parallax.system;

/** Something asked for by id or name that the archive does not hold; shown as a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException forId(String what, Object id) {
        return new NotFoundException("There is no " + what + " with id " + id + ".");
    }
}
