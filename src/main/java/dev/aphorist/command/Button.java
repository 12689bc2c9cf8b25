package dev.aphorist.command;

/**
 * A button under a reply. Pressing it comes back to the handlers as an action with {@code id}.
 *
 * @param id what the press means, as encoded by {@link ActionId}; at most 100 characters
 * @param label what the button says
 * @param style its look
 * @param disabled whether it can be pressed
 */
public record Button(String id, String label, Style style, boolean disabled) {

  /** Discord's limits for a button. */
  public static final int MAX_ID = 100;

  public static final int MAX_LABEL = 80;

  public Button {
    if (id == null || id.isEmpty() || id.length() > MAX_ID) {
      throw new IllegalArgumentException("button id must be 1.." + MAX_ID + " characters: " + id);
    }
    if (label == null || label.isEmpty() || label.length() > MAX_LABEL) {
      throw new IllegalArgumentException("button label must be 1.." + MAX_LABEL + " characters");
    }
  }

  /** The looks a button can have. */
  public enum Style {
    PRIMARY,
    SECONDARY,
    SUCCESS,
    DANGER
  }

  public static Button of(String id, String label, Style style) {
    return new Button(id, label, style, false);
  }
}
