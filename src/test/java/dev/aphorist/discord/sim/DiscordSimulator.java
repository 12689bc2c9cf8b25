package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A simulated Discord on 127.0.0.1 that the real JDA logs into: REST under /api/v10/ on one random
 * port, the Gateway (plain ws://, JSON) on another. Tests build guilds, channels and members,
 * trigger interactions as members, inject faults, and look at what the bot sent.
 *
 * <pre>{@code
 * try (DiscordSimulator discord = DiscordSimulator.start()) {
 *   SimGuild guild = discord.createGuild("Lab");
 *   SimChannel general = discord.createTextChannel(guild, "general");
 *   SimUser alice = discord.createUser("alice");
 *   discord.addMember(guild, alice);
 *   // point the bot at discord.restUrl() with discord.token(); it reads the Gateway from gateway/bot
 *   SimInteraction i = discord.slashCommand("quote").subcommand("today").by(alice).in(general).send();
 *   SimMessage reply = i.awaitReply();
 * }
 * }</pre>
 *
 * Thread-safe. Model changes after login are announced on the Gateway (GUILD_CREATE,
 * CHANNEL_CREATE/UPDATE/DELETE, GUILD_ROLE_UPDATE, GUILD_MEMBER_ADD/UPDATE, GUILD_DELETE) unless a
 * method says "quietly".
 */
public final class DiscordSimulator implements AutoCloseable {
  /** How long the await helpers wait unless given a timeout. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private final SimConfig config;
  private final Snowflakes ids;
  private final SimModel model;
  private final MessageStore messages;
  private final InteractionRegistry interactions = new InteractionRegistry();
  private final InteractionFactory interactionFactory;
  private final Recorder recorder = new Recorder();
  private final Faults faults = new Faults();
  private final DiscordSchemas schemas;
  private final GatewayServer gateway;
  private final RestServer rest;

  private DiscordSimulator(Builder builder) {
    this.config =
        new SimConfig(builder.token, builder.clock, builder.shardCount, builder.maxConcurrency);
    this.ids = new Snowflakes(builder.clock);
    this.model = new SimModel(ids, builder.clock, builder.botName);
    this.messages = new MessageStore(model, ids, builder.clock);
    this.interactionFactory = new InteractionFactory(model, messages, ids, config);
    this.schemas = builder.schemaValidation ? loadSchemas(builder) : null;
    this.gateway =
        new GatewayServer(
            model,
            builder.clock,
            (int) builder.heartbeatInterval.toMillis(),
            () -> !config.tokenRejected,
            token -> token.equals(config.token),
            recorder::event,
            config::countIdentify);
    try {
      gateway.startAndWait();
      this.rest =
          new RestServer(
              new RestApi(model, messages, interactions, config, gateway::url),
              config,
              faults,
              recorder,
              schemas);
      rest.start();
    } catch (IOException e) {
      stopGatewayQuietly();
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A simulator with the defaults: one shard, validation on when the description is found. */
  public static DiscordSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Settings fixed at start. */
  public static final class Builder {
    private String token = "simulated-bot-token";
    private String botName = "Aphorist";
    private int shardCount = 1;
    private int maxConcurrency = 16;
    private Duration heartbeatInterval = Duration.ofMillis(41_250);
    private Clock clock = Clock.systemUTC();
    private boolean schemaValidation = true;
    private Path projectRoot = Path.of("");

    private Builder() {}

    public Builder token(String token) {
      this.token = token;
      return this;
    }

    public Builder botName(String name) {
      this.botName = name;
      return this;
    }

    /** The shard count gateway/bot recommends (changeable later with setShardCount). */
    public Builder shardCount(int count) {
      this.shardCount = count;
      return this;
    }

    /**
     * session_start_limit.max_concurrency: JDA identifies this many shards at once, then waits 5 s.
     * The default (16) lets every test shard connect at once.
     */
    public Builder maxConcurrency(int concurrency) {
      this.maxConcurrency = concurrency;
      return this;
    }

    public Builder heartbeatInterval(Duration interval) {
      this.heartbeatInterval = interval;
      return this;
    }

    /** The clock for timestamps, the 3 s interaction deadline, nonce and token windows. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Whether to validate request bodies against Discord's OpenAPI description (default on). */
    public Builder schemaValidation(boolean enabled) {
      this.schemaValidation = enabled;
      return this;
    }

    /** Where the project is; the description is looked for beside it (default: working dir). */
    public Builder projectRoot(Path root) {
      this.projectRoot = root;
      return this;
    }

    public DiscordSimulator start() {
      return new DiscordSimulator(this);
    }
  }

  private static DiscordSchemas loadSchemas(Builder builder) {
    Optional<Path> spec = DiscordSchemas.locateSpec(builder.projectRoot);
    if (spec.isEmpty()) {
      DiscordSchemas.reportMissingOnce();
      return null;
    }
    return DiscordSchemas.load(spec.get());
  }

  // ---------------------------------------------------------------- connection facts

  /** The REST base URL for JDA's RestConfig.setBaseUrl: http://127.0.0.1:PORT/api/v10/ */
  public String restUrl() {
    return "http://127.0.0.1:" + rest.port() + "/api/v10/";
  }

  /** The Gateway URL (also what gateway/bot and READY's resume_gateway_url give). */
  public String gatewayUrl() {
    return gateway.url();
  }

  /** The bot token the simulator accepts (without the "Bot " prefix). */
  public String token() {
    return config.token;
  }

  public long applicationId() {
    return model.applicationId();
  }

  public SimUser botUser() {
    return model.botUser();
  }

  // ---------------------------------------------------------------- settings

  /** The shard count gateway/bot recommends from now on. */
  public void setShardCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("shard count must be at least 1");
    }
    config.shardCount = count;
  }

  public void setSessionStartLimit(
      int total, int remaining, Duration resetAfter, int maxConcurrency) {
    config.sessionStartTotal = total;
    config.sessionStartRemaining = remaining;
    config.sessionStartResetAfterMillis = resetAfter.toMillis();
    config.maxConcurrency = maxConcurrency;
  }

  /** session_start_limit.remaining as gateway/bot would report it now. */
  public int sessionStartsRemaining() {
    return config.sessionStartRemaining;
  }

  /** Rejects the token from now on: 401 on REST, close 4004 on IDENTIFY or RESUME. */
  public void rejectToken(boolean rejected) {
    config.tokenRejected = rejected;
  }

  /**
   * Enforces Discord's global rate limit: at most {@code perSecond} requests with the bot token in
   * any sliding one-second window (interaction callbacks and webhooks exempt, as on Discord);
   * beyond it a 429 with X-RateLimit-Global: true. Count them with {@link
   * #globalRateLimitResponses()}.
   */
  public void enforceGlobalRateLimit(int perSecond) {
    config.globalLimiter = new GlobalRateLimiter(perSecond);
  }

  public void disableGlobalRateLimit() {
    config.globalLimiter = null;
  }

  /** How long after dispatch an initial callback is accepted (Discord: 3 s). */
  public void setInteractionDeadline(Duration deadline) {
    config.interactionDeadline = deadline;
  }

  /** How long enforce_nonce remembers a nonce (Discord: "a few minutes"; default 5 min). */
  public void setNonceWindow(Duration window) {
    config.nonceWindow = window;
  }

  /**
   * When on (the default), interactions can only be sent for registered commands, with their
   * declared subcommands, options and contexts, as on Discord.
   */
  public void requireRegisteredCommands(boolean required) {
    config.requireRegisteredCommands = required;
  }

  /** Turns request recording off (for long benchmarks) or on. */
  public void recordRequests(boolean record) {
    config.recordRequests = record;
  }

  /** Faults to inject into REST answers. */
  public Faults faults() {
    return faults;
  }

  // ---------------------------------------------------------------- model

  public SimUser createUser(String username) {
    return model.createUser(username);
  }

  /**
   * A guild with an owner (a fresh user), @everyone (id = guild id, Discord's default permissions)
   * and the bot as a member with its managed role ({@link Permissions#DEFAULT_BOT}). Guild n (from
   * 0) lands on shard n % shardCount for any shard count up to 16.
   */
  public SimGuild createGuild(String name) {
    return announceGuild(model.createGuild(name, ids.nextGuildId()));
  }

  /** A guild whose id puts it on the given shard for the given shard count. */
  public SimGuild createGuildOnShard(String name, int shardId, int shardCount) {
    return announceGuild(model.createGuild(name, ids.nextGuildIdOnShard(shardId, shardCount)));
  }

  private SimGuild announceGuild(SimGuild guild) {
    gateway.dispatchForGuild(guild.id(), "GUILD_CREATE", model.guildCreateJson(guild.id()));
    return guild;
  }

  public List<SimGuild> guilds() {
    return model.guilds();
  }

  /** The guild's owner (who holds every permission, so never use it as the tester). */
  public SimUser owner(SimGuild guild) {
    return model.owner(guild);
  }

  public SimRole everyoneRole(SimGuild guild) {
    return model.everyoneRole(guild);
  }

  public SimRole botRole(SimGuild guild) {
    return model.botRole(guild);
  }

  public SimRole createRole(SimGuild guild, String name, long permissions) {
    SimRole role = model.createRole(guild, name, permissions);
    announceRole(role, "GUILD_ROLE_CREATE");
    return role;
  }

  public void setRolePermissions(SimRole role, long permissions) {
    model.setRolePermissions(role, permissions);
    announceRole(role, "GUILD_ROLE_UPDATE");
  }

  /** Changes the role without telling the Gateway (JDA's cache keeps the old permissions). */
  public void setRolePermissionsQuietly(SimRole role, long permissions) {
    model.setRolePermissions(role, permissions);
  }

  public long rolePermissions(SimRole role) {
    return model.rolePermissions(role);
  }

  public void setRoleMentionable(SimRole role, boolean mentionable) {
    model.setRoleMentionable(role, mentionable);
    announceRole(role, "GUILD_ROLE_UPDATE");
  }

  private void announceRole(SimRole role, String event) {
    ObjectNode data = Json.object();
    data.put("guild_id", Json.id(role.guildId()));
    data.set("role", model.roleJson(role.guildId(), role.id()));
    gateway.dispatchForGuild(role.guildId(), event, data);
  }

  public SimChannel createTextChannel(SimGuild guild, String name) {
    SimChannel channel = model.createTextChannel(guild, name);
    gateway.dispatchForGuild(guild.id(), "CHANNEL_CREATE", model.channelJson(channel.id()));
    return channel;
  }

  public List<SimChannel> textChannels(SimGuild guild) {
    return model.textChannels(guild);
  }

  public Optional<SimChannel> channel(long channelId) {
    return model.channel(channelId);
  }

  /** Adds the user to the guild with the roles (never the owner, never an admin unless given). */
  public SimMember addMember(SimGuild guild, SimUser user, SimRole... roles) {
    SimMember member = model.addMember(guild, user, Arrays.asList(roles));
    ObjectNode data = model.memberJson(guild.id(), user.id());
    data.put("guild_id", Json.id(guild.id()));
    gateway.dispatchForGuild(guild.id(), "GUILD_MEMBER_ADD", data);
    return member;
  }

  public void setMemberRoles(SimGuild guild, SimUser user, SimRole... roles) {
    model.setMemberRoles(guild, user, Arrays.asList(roles));
    ObjectNode data = model.memberJson(guild.id(), user.id());
    data.put("guild_id", Json.id(guild.id()));
    gateway.dispatchForGuild(guild.id(), "GUILD_MEMBER_UPDATE", data);
  }

  public List<SimMember> members(SimGuild guild) {
    return model.members(guild);
  }

  /** The bot's DM channel with the user (created on first use, like POST users/@me/channels). */
  public SimChannel dmChannel(SimUser user) {
    return model.dmChannel(user);
  }

  /** A user who accepts no DMs makes the bot's DM posts fail with 403 / 50007. */
  public void setAcceptsDms(SimUser user, boolean accepts) {
    model.setAcceptsDms(user, accepts);
  }

  /** Sets (replaces) an overwrite and announces CHANNEL_UPDATE. */
  public void setOverwrite(SimChannel channel, PermissionOverwrite overwrite) {
    model.putOverwrite(channel, overwrite);
    announceChannel(channel);
  }

  /** Sets an overwrite without telling the Gateway: JDA still believes the old permissions. */
  public void setOverwriteQuietly(SimChannel channel, PermissionOverwrite overwrite) {
    model.putOverwrite(channel, overwrite);
  }

  public void removeOverwrite(SimChannel channel, long targetId) {
    model.removeOverwrite(channel, targetId);
    announceChannel(channel);
  }

  /** Denies the bot these permissions in the channel (a member overwrite) and announces it. */
  public void denyBot(SimChannel channel, long permissions) {
    model.putOverwrite(channel, botOverwriteDenying(channel, permissions));
    announceChannel(channel);
  }

  /**
   * Denies the bot these permissions without telling the Gateway, so JDA's permission checks pass
   * and the REST call meets Discord's 403 (the race of a permission change in flight).
   */
  public void denyBotQuietly(SimChannel channel, long permissions) {
    model.putOverwrite(channel, botOverwriteDenying(channel, permissions));
  }

  /** Removes the bot's member overwrite in the channel and announces it. */
  public void restoreBot(SimChannel channel) {
    removeOverwrite(channel, model.botUser().id());
  }

  private PermissionOverwrite botOverwriteDenying(SimChannel channel, long permissions) {
    PermissionOverwrite current =
        model
            .overwrite(channel, model.botUser().id())
            .orElse(PermissionOverwrite.forMember(model.botUser(), 0, 0));
    return new PermissionOverwrite(
        current.id(),
        PermissionOverwrite.Target.MEMBER,
        current.allow() & ~permissions,
        current.deny() | permissions);
  }

  private void announceChannel(SimChannel channel) {
    if (!channel.isDm()) {
      gateway.dispatchForGuild(
          channel.guildId(), "CHANNEL_UPDATE", model.channelJson(channel.id()));
    }
  }

  /** The bot's permissions in the channel, computed from roles and overwrites as Discord does. */
  public long botPermissions(SimChannel channel) {
    return model.channelPermissions(channel.id(), model.botUser().id());
  }

  public long permissions(SimChannel channel, SimUser user) {
    return model.channelPermissions(channel.id(), user.id());
  }

  /** Deletes the channel and announces CHANNEL_DELETE; posts to it then get 404 / 10003. */
  public void deleteChannel(SimChannel channel) {
    ObjectNode json = model.channelJson(channel.id());
    model.deleteChannel(channel);
    if (!channel.isDm()) {
      gateway.dispatchForGuild(channel.guildId(), "CHANNEL_DELETE", json);
    }
  }

  /** The bot is removed from the guild: GUILD_DELETE (without "unavailable"), then it is gone. */
  public void removeBotFromGuild(SimGuild guild) {
    ObjectNode data = Json.object();
    data.put("id", Json.id(guild.id()));
    gateway.dispatchForGuild(guild.id(), "GUILD_DELETE", data);
    model.removeGuild(guild);
  }

  /** A guild outage: GUILD_DELETE with unavailable:true; back again: GUILD_CREATE. */
  public void setGuildUnavailable(SimGuild guild, boolean unavailable) {
    model.setGuildUnavailable(guild, unavailable);
    if (unavailable) {
      ObjectNode data = Json.object();
      data.put("id", Json.id(guild.id()));
      data.put("unavailable", true);
      gateway.dispatchForGuild(guild.id(), "GUILD_DELETE", data);
    } else {
      gateway.dispatchForGuild(guild.id(), "GUILD_CREATE", model.guildCreateJson(guild.id()));
    }
  }

  /** The global commands as registered (with their ids). */
  public List<JsonNode> globalCommands() {
    List<JsonNode> list = new ArrayList<>();
    model.commandsJson(0).forEach(list::add);
    return list;
  }

  public List<JsonNode> guildCommands(SimGuild guild) {
    List<JsonNode> list = new ArrayList<>();
    model.commandsJson(guild.id()).forEach(list::add);
    return list;
  }

  /** Waits until at least {@code count} global commands are registered. */
  public List<JsonNode> awaitGlobalCommands(int count) {
    return Waits.upTo(DEFAULT_WAIT).until(this::globalCommands, l -> l.size() >= count);
  }

  // ---------------------------------------------------------------- interactions

  /** A slash command /name, to be completed with subcommand, options, by(...), in(...). */
  public InteractionBuilder slashCommand(String name) {
    return new InteractionBuilder(this, SimInteraction.Type.COMMAND, name, 0, null);
  }

  /** An autocomplete request of /name; give the typed option with focused(name, text). */
  public InteractionBuilder autocomplete(String name) {
    return new InteractionBuilder(this, SimInteraction.Type.AUTOCOMPLETE, name, 0, null);
  }

  /** A press on the message's button with that custom_id (the message must carry it). */
  public InteractionBuilder buttonPress(SimMessage message, String customId) {
    return buttonPress(message.id(), customId);
  }

  public InteractionBuilder buttonPress(long messageId, String customId) {
    return new InteractionBuilder(this, SimInteraction.Type.COMPONENT, null, messageId, customId);
  }

  SimInteraction dispatch(InteractionBuilder builder) {
    InteractionFactory.Prepared prepared = interactionFactory.prepare(builder);
    long guildId = prepared.channel().guildId();
    if (gateway.sessionsForGuild(guildId).isEmpty()) {
      throw new IllegalStateException(
          "no Gateway session owns "
              + (guildId == 0 ? "DMs (shard 0)" : "guild " + Json.id(guildId))
              + ": is the bot logged in with that shard?");
    }
    SimInteraction interaction =
        new SimInteraction(
            prepared.id(),
            prepared.token(),
            builder.type,
            config.clock.instant(),
            prepared.channel(),
            prepared.user(),
            prepared.sourceMessageId(),
            prepared.payload(),
            messages);
    interactions.add(interaction);
    gateway.dispatchForGuild(guildId, "INTERACTION_CREATE", prepared.payload());
    return interaction;
  }

  public List<SimInteraction> interactions() {
    return interactions.all();
  }

  // ---------------------------------------------------------------- messages

  /** Every message created (channel posts, interaction replies, follow-ups), as created. */
  public List<SimMessage> messages() {
    return messages.created();
  }

  /** Messages created in the channel, as created, in order. */
  public List<SimMessage> messagesIn(SimChannel channel) {
    return messages.created().stream().filter(m -> m.channelId() == channel.id()).toList();
  }

  /** Messages created by POST channels/{id}/messages (what scheduled posts use), as created. */
  public List<SimMessage> channelPosts() {
    return messages.created().stream()
        .filter(m -> m.source() == SimMessage.Source.CHANNEL_POST)
        .toList();
  }

  /** How many messages were created (cheap, for benchmarks). */
  public int messageCount() {
    return messages.createdCount();
  }

  /** The message's latest version (edited, or deleted with deleted() true). */
  public Optional<SimMessage> message(long messageId) {
    return messages.current(messageId);
  }

  public List<SimMessage> messageVersions(long messageId) {
    return messages.versions(messageId);
  }

  public List<SimMessage> awaitMessages(int count) {
    return Waits.upTo(DEFAULT_WAIT).until(this::messages, l -> l.size() >= count);
  }

  public List<SimMessage> awaitMessagesIn(SimChannel channel, int count) {
    return awaitMessagesIn(channel, count, DEFAULT_WAIT);
  }

  public List<SimMessage> awaitMessagesIn(SimChannel channel, int count, Duration timeout) {
    return Waits.upTo(timeout).until(() -> messagesIn(channel), l -> l.size() >= count);
  }

  /** The first created message that matches, once there is one. */
  public SimMessage awaitMessage(Predicate<SimMessage> matching) {
    return Waits.upTo(DEFAULT_WAIT)
        .until(() -> messages().stream().filter(matching).findFirst().orElse(null), m -> m != null);
  }

  // ---------------------------------------------------------------- recording

  /** Every REST request received, in order of completion. */
  public List<RecordedRequest> requests() {
    return recorder.requests();
  }

  public List<RecordedRequest> requests(RestRoute route) {
    return recorder.requests().stream().filter(r -> r.route() == route).toList();
  }

  public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching) {
    return Waits.upTo(DEFAULT_WAIT)
        .until(() -> requests().stream().filter(matching).findFirst().orElse(null), r -> r != null);
  }

  public List<RecordedRequest> awaitRequests(RestRoute route, int count) {
    return Waits.upTo(DEFAULT_WAIT).until(() -> requests(route), l -> l.size() >= count);
  }

  /** Bodies that broke Discord's OpenAPI schemas (empty when fine, or when not validating). */
  public List<SchemaViolation> schemaViolations() {
    return recorder.violations();
  }

  /** Whether request bodies are being validated (Discord's description was found). */
  public boolean schemaValidationActive() {
    return schemas != null;
  }

  /** Every 429 answered, injected or from the global limit. */
  public int rateLimitResponses() {
    return recorder.rateLimited();
  }

  /** The 429s the global rate limit answered (the scheduled-post benchmark wants 0). */
  public int globalRateLimitResponses() {
    return recorder.globalRateLimited();
  }

  /** Every Gateway dispatch, to every session, in order. */
  public List<GatewayEvent> gatewayEvents() {
    return recorder.events();
  }

  /** Forgets recorded requests, violations, events and 429 counts (not messages). */
  public void clearRecords() {
    recorder.clear();
  }

  // ---------------------------------------------------------------- gateway control

  /** Closes the shard's connections with the code (any code; 1006 drops without a frame). */
  public int closeShard(int shardId, int closeCode) {
    return gateway.closeShard(shardId, closeCode, "Closed by the simulated Discord");
  }

  /** Sends op 9 INVALID_SESSION on the shard; resumable false makes JDA identify anew. */
  public int invalidateSession(int shardId, boolean resumable) {
    return gateway.invalidateShard(shardId, resumable);
  }

  /** Stops (or resumes) acknowledging the shard's heartbeats: JDA closes with 4900 and resumes. */
  public void ignoreHeartbeats(int shardId, boolean ignore) {
    gateway.ignoreHeartbeats(shardId, ignore);
  }

  /** Sends a raw dispatch to the guild's shard (0 for DMs' shard 0); returns sessions reached. */
  public int dispatchEvent(long guildId, String type, JsonNode data) {
    return gateway.dispatchForGuild(guildId, type, data);
  }

  public List<ShardSession> sessions() {
    return gateway.sessions().stream()
        .map(
            s ->
                new ShardSession(
                    s.id(),
                    s.shardId(),
                    s.shardCount(),
                    s.isConnected(),
                    s.isInvalid(),
                    s.resumes(),
                    s.sequence()))
        .toList();
  }

  public int identifyCount() {
    return gateway.identifies();
  }

  public int resumeCount() {
    return gateway.sessions().stream().mapToInt(GatewaySession::resumes).sum();
  }

  /** Waits until each shard has a connected, valid session. */
  public void awaitConnected(int... shardIds) {
    Waits.upTo(DEFAULT_WAIT)
        .until(
            () ->
                Arrays.stream(shardIds)
                    .allMatch(
                        shard ->
                            sessions().stream()
                                .anyMatch(
                                    s -> s.shardId() == shard && s.connected() && !s.invalid())));
  }

  @Override
  public void close() {
    rest.stop();
    stopGatewayQuietly();
  }

  private void stopGatewayQuietly() {
    try {
      gateway.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
