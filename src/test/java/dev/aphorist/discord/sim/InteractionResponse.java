package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One answer the bot gave (or tried to give) to an interaction, in arrival order.
 *
 * @param callbackType the callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8
 *     autocomplete, 9 modal) for a CALLBACK, else 0
 * @param status the HTTP status the simulator answered
 * @param errorCode Discord's error code when rejected (10062, 40060, 50035...), else 0
 * @param body the JSON body the bot sent (a JSON null when none)
 * @param messageId the message created, edited or deleted, or 0
 */
public record InteractionResponse(
    Kind kind,
    int callbackType,
    int status,
    int errorCode,
    JsonNode body,
    long messageId,
    Instant at) {

  public enum Kind {
    CALLBACK,
    FOLLOWUP,
    GET_MESSAGE,
    EDIT_ORIGINAL,
    DELETE_ORIGINAL,
    EDIT_FOLLOWUP,
    DELETE_FOLLOWUP
  }

  public boolean accepted() {
    return status >= 200 && status < 300;
  }
}
