package dev.aphorist.discord.sim;

import java.util.Set;

/**
 * Who a message would notify on Discord: content mentions filtered through allowed_mentions and the
 * author's permissions. Mentions inside embeds never notify anyone, so they are not looked at.
 */
public record Pings(boolean everyone, boolean here, Set<Long> users, Set<Long> roles) {
  public static final Pings NONE = new Pings(false, false, Set.of(), Set.of());

  public Pings {
    users = Set.copyOf(users);
    roles = Set.copyOf(roles);
  }

  public boolean anyone() {
    return everyone || here || !users.isEmpty() || !roles.isEmpty();
  }
}
