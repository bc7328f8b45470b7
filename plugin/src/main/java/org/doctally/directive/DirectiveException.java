package org.doctally.directive;

/** A directive that cannot be followed: an unknown key, a malformed attribute. */
public final class DirectiveException extends Exception {

    public DirectiveException(String message) {
        super(message);
    }
}
