package dev.aphorist.discord.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The interactions dispatched so far, by id and by token. */
final class InteractionRegistry {
  private final Map<Long, SimInteraction> byId = new ConcurrentHashMap<>();
  private final Map<String, SimInteraction> byToken = new ConcurrentHashMap<>();
  private final List<SimInteraction> inOrder = new ArrayList<>();

  synchronized void add(SimInteraction interaction) {
    byId.put(interaction.id(), interaction);
    byToken.put(interaction.token(), interaction);
    inOrder.add(interaction);
  }

  Optional<SimInteraction> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<SimInteraction> byToken(String token) {
    return Optional.ofNullable(byToken.get(token));
  }

  synchronized List<SimInteraction> all() {
    return List.copyOf(inOrder);
  }
}
