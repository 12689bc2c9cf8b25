package dev.aphorist.command;

import java.util.Set;

/**
 * The member who ran a command or pressed a button.
 *
 * @param userId Discord user id
 * @param displayName name to show
 * @param permissions the member's permissions in the channel, as computed by the adapter from the
 *     server's roles (never trusted from the client)
 */
public record Actor(long userId, String displayName, Set<Permission> permissions) {

  public Actor {
    permissions = Set.copyOf(permissions);
  }

  public boolean has(Permission permission) {
    return permission == null || permissions.contains(permission);
  }
}
