package dev.aphorist.discord.sim;

/** A channel permission overwrite for a role or a member, as Discord stores it. */
public record PermissionOverwrite(long id, Target target, long allow, long deny) {
  /** Discord's overwrite types: 0 for a role, 1 for a member. */
  public enum Target {
    ROLE,
    MEMBER
  }

  public static PermissionOverwrite forRole(SimRole role, long allow, long deny) {
    return new PermissionOverwrite(role.id(), Target.ROLE, allow, deny);
  }

  public static PermissionOverwrite forMember(SimUser user, long allow, long deny) {
    return new PermissionOverwrite(user.id(), Target.MEMBER, allow, deny);
  }
}
