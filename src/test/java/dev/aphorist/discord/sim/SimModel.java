package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated Discord's data: users, guilds with roles, channels and members, DMs and the
 * registered application commands. One monitor guards it all; handles (SimGuild, SimChannel...) are
 * immutable, the mutable state stays in here. It also renders the JSON objects Discord sends.
 */
final class SimModel {
  private static final int DEFAULT_AFK_TIMEOUT = 300;

  private final Snowflakes ids;
  private final Clock clock;
  private final long applicationId;
  private final SimUser botUser;
  private final Map<Long, SimUser> users = new LinkedHashMap<>();
  private final Map<Long, GuildState> guilds = new LinkedHashMap<>();
  private final Map<Long, ChannelState> channels = new LinkedHashMap<>();
  private final Map<Long, Long> dmChannelByUser = new LinkedHashMap<>();
  private final Set<Long> usersRefusingDms = new HashSet<>();
  private final Map<Long, List<ObjectNode>> commandsByGuild = new LinkedHashMap<>();

  SimModel(Snowflakes ids, Clock clock, String botName) {
    this.ids = ids;
    this.clock = clock;
    this.botUser = new SimUser(ids.next(), botName, true);
    // A bot's application id equals its user id on Discord for every bot created since 2020.
    this.applicationId = botUser.id();
    users.put(botUser.id(), botUser);
  }

  SimUser botUser() {
    return botUser;
  }

  long applicationId() {
    return applicationId;
  }

  // ---- users ----

  synchronized SimUser createUser(String username) {
    SimUser user = new SimUser(ids.next(), username, false);
    users.put(user.id(), user);
    return user;
  }

  synchronized Optional<SimUser> user(long id) {
    return Optional.ofNullable(users.get(id));
  }

  synchronized void setAcceptsDms(SimUser user, boolean accepts) {
    if (accepts) {
      usersRefusingDms.remove(user.id());
    } else {
      usersRefusingDms.add(user.id());
    }
  }

  synchronized boolean acceptsDms(long userId) {
    return !usersRefusingDms.contains(userId);
  }

  // ---- guilds ----

  synchronized SimGuild createGuild(String name, long guildId) {
    SimUser owner = createUser(name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-owner");
    GuildState guild = new GuildState(guildId, name, owner.id(), clock.instant());
    guild.roles.put(guildId, new RoleState(guildId, "@everyone", Permissions.DEFAULT_EVERYONE, 0));
    RoleState botRole = new RoleState(ids.next(), botUser.username(), Permissions.DEFAULT_BOT, 1);
    botRole.managedFor = botUser.id();
    guild.roles.put(botRole.id, botRole);
    guild.members.put(owner.id(), new MemberState(owner.id(), List.of(), clock.instant()));
    guild.members.put(
        botUser.id(), new MemberState(botUser.id(), List.of(botRole.id), clock.instant()));
    guilds.put(guildId, guild);
    return new SimGuild(guildId, name);
  }

  synchronized List<SimGuild> guilds() {
    return guilds.values().stream().map(g -> new SimGuild(g.id, g.name)).toList();
  }

  synchronized boolean hasGuild(long guildId) {
    return guilds.containsKey(guildId);
  }

  synchronized boolean guildAvailable(long guildId) {
    GuildState guild = guilds.get(guildId);
    return guild != null && !guild.unavailable;
  }

  synchronized void setGuildUnavailable(SimGuild guild, boolean unavailable) {
    guildState(guild.id()).unavailable = unavailable;
  }

  /** The bot leaves (or is kicked from) the guild: Discord forgets it for the bot. */
  synchronized void removeGuild(SimGuild guild) {
    GuildState state = guilds.remove(guild.id());
    if (state != null) {
      state.channels.keySet().forEach(channels::remove);
      commandsByGuild.remove(guild.id());
    }
  }

  synchronized List<Long> guildIdsOnShard(int shardId, int shardCount) {
    return guilds.keySet().stream()
        .filter(id -> Snowflakes.shardOf(id, shardCount) == shardId)
        .toList();
  }

  synchronized SimUser owner(SimGuild guild) {
    return users.get(guildState(guild.id()).ownerId);
  }

  // ---- roles ----

  synchronized SimRole createRole(SimGuild guild, String name, long permissions) {
    GuildState state = guildState(guild.id());
    RoleState role = new RoleState(ids.next(), name, permissions, state.roles.size());
    state.roles.put(role.id, role);
    return new SimRole(role.id, guild.id(), name);
  }

  synchronized SimRole everyoneRole(SimGuild guild) {
    return new SimRole(guild.id(), guild.id(), "@everyone");
  }

  synchronized SimRole botRole(SimGuild guild) {
    GuildState state = guildState(guild.id());
    RoleState role =
        state.roles.values().stream()
            .filter(r -> r.managedFor == botUser.id())
            .findFirst()
            .orElseThrow();
    return new SimRole(role.id, guild.id(), role.name);
  }

  synchronized void setRolePermissions(SimRole role, long permissions) {
    roleState(role).permissions = permissions;
  }

  synchronized void setRoleMentionable(SimRole role, boolean mentionable) {
    roleState(role).mentionable = mentionable;
  }

  synchronized long rolePermissions(SimRole role) {
    return roleState(role).permissions;
  }

  synchronized boolean roleMentionable(long guildId, long roleId) {
    GuildState guild = guilds.get(guildId);
    RoleState role = guild == null ? null : guild.roles.get(roleId);
    return role != null && role.mentionable;
  }

  synchronized boolean hasRole(long guildId, long roleId) {
    GuildState guild = guilds.get(guildId);
    return guild != null && guild.roles.containsKey(roleId);
  }

  private RoleState roleState(SimRole role) {
    RoleState state = guildState(role.guildId()).roles.get(role.id());
    if (state == null) {
      throw new IllegalArgumentException("unknown role " + role);
    }
    return state;
  }

  // ---- members ----

  synchronized SimMember addMember(SimGuild guild, SimUser user, List<SimRole> roles) {
    GuildState state = guildState(guild.id());
    if (!users.containsKey(user.id())) {
      throw new IllegalArgumentException("unknown user " + user);
    }
    state.members.put(
        user.id(), new MemberState(user.id(), roleIds(guild, roles), clock.instant()));
    return new SimMember(guild, user);
  }

  synchronized void setMemberRoles(SimGuild guild, SimUser user, List<SimRole> roles) {
    memberState(guild.id(), user.id()).roles = roleIds(guild, roles);
  }

  synchronized boolean isMember(long guildId, long userId) {
    GuildState guild = guilds.get(guildId);
    return guild != null && guild.members.containsKey(userId);
  }

  synchronized List<SimMember> members(SimGuild guild) {
    return guildState(guild.id()).members.keySet().stream()
        .map(id -> new SimMember(guild, users.get(id)))
        .toList();
  }

  private List<Long> roleIds(SimGuild guild, List<SimRole> roles) {
    GuildState state = guildState(guild.id());
    List<Long> roleIds = new ArrayList<>();
    for (SimRole role : roles) {
      if (role.isEveryone()) {
        continue; // everyone holds @everyone implicitly; Discord never lists it on a member
      }
      if (!state.roles.containsKey(role.id())) {
        throw new IllegalArgumentException("role " + role + " is not in guild " + guild);
      }
      roleIds.add(role.id());
    }
    return List.copyOf(roleIds);
  }

  private MemberState memberState(long guildId, long userId) {
    MemberState member = guildState(guildId).members.get(userId);
    if (member == null) {
      throw new IllegalArgumentException("user " + userId + " is not a member of " + guildId);
    }
    return member;
  }

  // ---- channels ----

  synchronized SimChannel createTextChannel(SimGuild guild, String name) {
    GuildState state = guildState(guild.id());
    ChannelState channel =
        new ChannelState(ids.next(), guild.id(), SimChannel.Type.GUILD_TEXT, name, 0L);
    channel.position = state.channels.size();
    state.channels.put(channel.id, channel);
    channels.put(channel.id, channel);
    return channel.handle();
  }

  synchronized SimChannel dmChannel(SimUser user) {
    Long existing = dmChannelByUser.get(user.id());
    if (existing != null) {
      return channels.get(existing).handle();
    }
    ChannelState channel =
        new ChannelState(ids.next(), 0L, SimChannel.Type.DM, user.username(), user.id());
    channels.put(channel.id, channel);
    dmChannelByUser.put(user.id(), channel.id);
    return channel.handle();
  }

  synchronized Optional<SimChannel> channel(long channelId) {
    return Optional.ofNullable(channels.get(channelId)).map(ChannelState::handle);
  }

  synchronized List<SimChannel> textChannels(SimGuild guild) {
    return guildState(guild.id()).channels.values().stream().map(ChannelState::handle).toList();
  }

  synchronized void deleteChannel(SimChannel channel) {
    ChannelState state = channels.remove(channel.id());
    if (state != null && state.guildId != 0) {
      GuildState guild = guilds.get(state.guildId);
      if (guild != null) {
        guild.channels.remove(channel.id());
      }
    }
  }

  synchronized void putOverwrite(SimChannel channel, PermissionOverwrite overwrite) {
    channelState(channel).overwrites.put(overwrite.id(), overwrite);
  }

  synchronized void removeOverwrite(SimChannel channel, long targetId) {
    channelState(channel).overwrites.remove(targetId);
  }

  synchronized Optional<PermissionOverwrite> overwrite(SimChannel channel, long targetId) {
    return Optional.ofNullable(channelState(channel).overwrites.get(targetId));
  }

  private ChannelState channelState(SimChannel channel) {
    ChannelState state = channels.get(channel.id());
    if (state == null) {
      throw new IllegalArgumentException("unknown (or deleted) channel " + channel);
    }
    return state;
  }

  // ---- permissions ----

  synchronized long guildPermissions(long guildId, long userId) {
    GuildState guild = guildState(guildId);
    MemberState member = guild.members.get(userId);
    if (member == null) {
      return 0;
    }
    List<Long> rolePermissions = new ArrayList<>();
    for (long roleId : member.roles) {
      RoleState role = guild.roles.get(roleId);
      if (role != null) {
        rolePermissions.add(role.permissions);
      }
    }
    return Permissions.base(
        guild.ownerId == userId, guild.roles.get(guildId).permissions, rolePermissions);
  }

  /** A user's permissions in a channel; in a DM, the bot and the recipient may do anything. */
  synchronized long channelPermissions(long channelId, long userId) {
    ChannelState channel = channels.get(channelId);
    if (channel == null) {
      return 0;
    }
    if (channel.type == SimChannel.Type.DM) {
      boolean party = userId == botUser.id() || userId == channel.recipientId;
      return party ? Permissions.ALL & ~Permissions.ADMINISTRATOR : 0;
    }
    GuildState guild = guilds.get(channel.guildId);
    MemberState member = guild == null ? null : guild.members.get(userId);
    if (member == null) {
      return 0;
    }
    long base = guildPermissions(guild.id, userId);
    List<PermissionOverwrite> roleOverwrites = new ArrayList<>();
    for (long roleId : member.roles) {
      PermissionOverwrite overwrite = channel.overwrites.get(roleId);
      if (overwrite != null && overwrite.target() == PermissionOverwrite.Target.ROLE) {
        roleOverwrites.add(overwrite);
      }
    }
    PermissionOverwrite memberOverwrite = channel.overwrites.get(userId);
    if (memberOverwrite != null && memberOverwrite.target() != PermissionOverwrite.Target.MEMBER) {
      memberOverwrite = null;
    }
    return Permissions.inChannel(
        base, channel.overwrites.get(guild.id), roleOverwrites, memberOverwrite);
  }

  // ---- application commands ----

  /** Replaces the command set (global when guildId is 0); a name keeps its id, as on Discord. */
  synchronized ArrayNode putCommands(long guildId, JsonNode body) {
    List<ObjectNode> previous = commandsByGuild.getOrDefault(guildId, List.of());
    List<ObjectNode> stored = new ArrayList<>();
    for (JsonNode command : body) {
      String name = Json.text(command, "name");
      int type = command.path("type").asInt(1);
      long id =
          previous.stream()
              .filter(p -> p.path("name").asText().equals(name) && p.path("type").asInt() == type)
              .map(p -> Json.snowflake(p, "id"))
              .findFirst()
              .orElseGet(ids::next);
      stored.add(storedCommand(guildId, command, id));
    }
    commandsByGuild.put(guildId, stored);
    return commandsJson(guildId);
  }

  synchronized ObjectNode upsertCommand(long guildId, JsonNode command) {
    List<ObjectNode> stored = new ArrayList<>(commandsByGuild.getOrDefault(guildId, List.of()));
    String name = Json.text(command, "name");
    int type = command.path("type").asInt(1);
    long id = ids.next();
    for (int i = 0; i < stored.size(); i++) {
      ObjectNode existing = stored.get(i);
      if (existing.path("name").asText().equals(name) && existing.path("type").asInt() == type) {
        id = Json.snowflake(existing, "id");
        stored.remove(i);
        break;
      }
    }
    ObjectNode created = storedCommand(guildId, command, id);
    stored.add(created);
    commandsByGuild.put(guildId, stored);
    return created.deepCopy();
  }

  synchronized boolean deleteCommand(long guildId, long commandId) {
    List<ObjectNode> stored = new ArrayList<>(commandsByGuild.getOrDefault(guildId, List.of()));
    boolean removed = stored.removeIf(c -> Json.snowflake(c, "id") == commandId);
    commandsByGuild.put(guildId, stored);
    return removed;
  }

  synchronized ArrayNode commandsJson(long guildId) {
    ArrayNode array = Json.array();
    commandsByGuild.getOrDefault(guildId, List.of()).forEach(c -> array.add(c.deepCopy()));
    return array;
  }

  synchronized Optional<ObjectNode> command(long guildId, long commandId) {
    return commandsByGuild.getOrDefault(guildId, List.of()).stream()
        .filter(c -> Json.snowflake(c, "id") == commandId)
        .findFirst()
        .map(ObjectNode::deepCopy);
  }

  /** A command of that name and type usable in the guild (its own commands first, then global). */
  synchronized Optional<ObjectNode> findCommand(long guildId, String name, int type) {
    for (long scope : guildId == 0 ? new long[] {0} : new long[] {guildId, 0}) {
      for (ObjectNode command : commandsByGuild.getOrDefault(scope, List.of())) {
        if (command.path("name").asText().equals(name) && command.path("type").asInt(1) == type) {
          return Optional.of(command.deepCopy());
        }
      }
    }
    return Optional.empty();
  }

  private ObjectNode storedCommand(long guildId, JsonNode command, long id) {
    ObjectNode stored = command.deepCopy();
    stored.put("id", Json.id(id));
    stored.put("application_id", Json.id(applicationId));
    stored.put("version", Json.id(ids.next()));
    if (!stored.has("type")) {
      stored.put("type", 1);
    }
    if (!stored.has("description")) {
      stored.put("description", "");
    }
    if (guildId != 0) {
      stored.put("guild_id", Json.id(guildId));
    }
    return stored;
  }

  // ---- JSON Discord sends ----

  synchronized ObjectNode userJson(long userId) {
    SimUser user = users.get(userId);
    if (user == null) {
      throw new IllegalArgumentException("unknown user " + userId);
    }
    ObjectNode json = Json.object();
    json.put("id", Json.id(user.id()));
    json.put("username", user.username());
    json.put("global_name", user.username());
    json.put("discriminator", "0");
    json.putNull("avatar");
    json.put("bot", user.bot());
    json.put("system", false);
    json.put("public_flags", 0);
    json.put("flags", 0);
    if (user.id() == botUser.id()) {
      json.put("verified", true);
      json.put("mfa_enabled", false);
    }
    return json;
  }

  synchronized ObjectNode memberJson(long guildId, long userId) {
    MemberState member = memberState(guildId, userId);
    ObjectNode json = Json.object();
    json.set("user", userJson(userId));
    ArrayNode roles = json.putArray("roles");
    member.roles.forEach(r -> roles.add(Json.id(r)));
    json.putNull("nick");
    json.putNull("avatar");
    json.putNull("banner");
    json.put("joined_at", member.joinedAt.toString());
    json.putNull("premium_since");
    json.put("deaf", false);
    json.put("mute", false);
    json.put("flags", 0);
    json.put("pending", false);
    json.putNull("communication_disabled_until");
    return json;
  }

  synchronized ObjectNode roleJson(long guildId, long roleId) {
    RoleState role = guildState(guildId).roles.get(roleId);
    ObjectNode json = Json.object();
    json.put("id", Json.id(role.id));
    json.put("name", role.name);
    json.put("color", 0);
    ObjectNode colors = json.putObject("colors");
    colors.put("primary_color", 0);
    colors.putNull("secondary_color");
    colors.putNull("tertiary_color");
    json.put("hoist", false);
    json.putNull("icon");
    json.putNull("unicode_emoji");
    json.put("position", role.position);
    json.put("permissions", Long.toString(role.permissions));
    json.put("managed", role.managedFor != 0);
    json.put("mentionable", role.mentionable);
    json.put("flags", 0);
    if (role.managedFor != 0) {
      json.putObject("tags").put("bot_id", Json.id(role.managedFor));
    }
    return json;
  }

  synchronized ObjectNode channelJson(long channelId) {
    ChannelState channel = channels.get(channelId);
    if (channel == null) {
      throw new IllegalArgumentException("unknown channel " + channelId);
    }
    ObjectNode json = Json.object();
    json.put("id", Json.id(channel.id));
    json.put("type", channel.type.code());
    json.putNull("last_message_id");
    json.put("flags", 0);
    if (channel.type == SimChannel.Type.DM) {
      json.putArray("recipients").add(userJson(channel.recipientId));
      return json;
    }
    json.put("guild_id", Json.id(channel.guildId));
    json.put("name", channel.name);
    json.put("position", channel.position);
    json.putNull("parent_id");
    json.putNull("topic");
    json.put("nsfw", false);
    json.put("rate_limit_per_user", 0);
    ArrayNode overwrites = json.putArray("permission_overwrites");
    for (PermissionOverwrite overwrite : channel.overwrites.values()) {
      ObjectNode o = overwrites.addObject();
      o.put("id", Json.id(overwrite.id()));
      o.put("type", overwrite.target() == PermissionOverwrite.Target.ROLE ? 0 : 1);
      o.put("allow", Long.toString(overwrite.allow()));
      o.put("deny", Long.toString(overwrite.deny()));
    }
    return json;
  }

  /** The GUILD_CREATE payload, with everything JDA insists on. */
  synchronized ObjectNode guildCreateJson(long guildId) {
    GuildState guild = guildState(guildId);
    ObjectNode json = Json.object();
    json.put("id", Json.id(guild.id));
    json.put("name", guild.name);
    json.putNull("icon");
    json.putNull("splash");
    json.putNull("banner");
    json.putNull("description");
    json.put("owner_id", Json.id(guild.ownerId));
    // JDA rejects any afk_timeout outside 60/300/900/1800/3600 (and then stalls for 75 s).
    json.put("afk_timeout", DEFAULT_AFK_TIMEOUT);
    json.putNull("afk_channel_id");
    json.putNull("system_channel_id");
    json.put("verification_level", 0);
    json.put("default_message_notifications", 0);
    json.put("explicit_content_filter", 0);
    json.put("mfa_level", 0);
    json.put("nsfw_level", 0);
    json.put("premium_tier", 0);
    json.put("premium_subscription_count", 0);
    json.put("premium_progress_bar_enabled", false);
    json.put("preferred_locale", "en-US");
    json.put("max_members", 500000);
    json.put("system_channel_flags", 0);
    json.put("joined_at", guild.joinedAt.toString());
    json.put("large", false);
    json.put("unavailable", false);
    json.put("member_count", guild.members.size());
    json.putArray("features");
    ArrayNode roles = json.putArray("roles");
    guild.roles.keySet().forEach(r -> roles.add(roleJson(guildId, r)));
    ArrayNode members = json.putArray("members");
    guild.members.keySet().forEach(u -> members.add(memberJson(guildId, u)));
    ArrayNode channelArray = json.putArray("channels");
    guild.channels.keySet().forEach(c -> channelArray.add(channelJson(c)));
    json.putArray("threads");
    json.putArray("presences");
    json.putArray("voice_states");
    json.putArray("emojis");
    json.putArray("stickers");
    json.putArray("guild_scheduled_events");
    json.putArray("soundboard_sounds");
    json.putArray("stage_instances");
    return json;
  }

  /** The partial guild an interaction carries. */
  synchronized ObjectNode interactionGuildJson(long guildId) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(guildId));
    json.put("locale", "en-US");
    json.putArray("features");
    return json;
  }

  private GuildState guildState(long guildId) {
    GuildState guild = guilds.get(guildId);
    if (guild == null) {
      throw new IllegalArgumentException("unknown guild " + Json.id(guildId));
    }
    return guild;
  }

  private static final class GuildState {
    final long id;
    final String name;
    final long ownerId;
    final Instant joinedAt;
    final Map<Long, RoleState> roles = new LinkedHashMap<>();
    final Map<Long, ChannelState> channels = new LinkedHashMap<>();
    final Map<Long, MemberState> members = new LinkedHashMap<>();
    boolean unavailable;

    GuildState(long id, String name, long ownerId, Instant joinedAt) {
      this.id = id;
      this.name = name;
      this.ownerId = ownerId;
      this.joinedAt = joinedAt;
    }
  }

  private static final class RoleState {
    final long id;
    final String name;
    final int position;
    long permissions;
    long managedFor;
    boolean mentionable;

    RoleState(long id, String name, long permissions, int position) {
      this.id = id;
      this.name = name;
      this.permissions = permissions;
      this.position = position;
    }
  }

  private static final class MemberState {
    final long userId;
    final Instant joinedAt;
    List<Long> roles;

    MemberState(long userId, List<Long> roles, Instant joinedAt) {
      this.userId = userId;
      this.roles = roles;
      this.joinedAt = joinedAt;
    }
  }

  private static final class ChannelState {
    final long id;
    final long guildId;
    final SimChannel.Type type;
    final String name;
    final long recipientId;
    final Map<Long, PermissionOverwrite> overwrites = new LinkedHashMap<>();
    int position;

    ChannelState(long id, long guildId, SimChannel.Type type, String name, long recipientId) {
      this.id = id;
      this.guildId = guildId;
      this.type = type;
      this.name = name;
      this.recipientId = recipientId;
    }

    SimChannel handle() {
      return new SimChannel(id, guildId, type, name, recipientId);
    }
  }
}
