package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A dispatch (op 0) the simulated Gateway put in a session, sent or buffered for a resume. */
public record GatewayEvent(
    String sessionId, int shardId, int sequence, String type, JsonNode data, Instant at) {}
