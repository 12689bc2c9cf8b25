package dev.aphorist.command;

/**
 * A button press.
 *
 * @param action what the button means
 * @param actor who pressed it
 * @param place where
 */
public record ActionRequest(ActionId action, Actor actor, Place place) {}
