package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes an interaction a member triggers: a slash command (with subcommand, group and options),
 * an autocomplete request (with the focused option) or a button press. Made by {@link
 * DiscordSimulator#slashCommand}, {@link DiscordSimulator#autocomplete} and {@link
 * DiscordSimulator#buttonPress}; {@link #send()} dispatches it on the owning shard.
 */
public final class InteractionBuilder {
  /** Discord's application command option types. */
  static final int SUBCOMMAND = 1;

  static final int SUBCOMMAND_GROUP = 2;
  static final int STRING = 3;
  static final int INTEGER = 4;
  static final int BOOLEAN = 5;
  static final int USER = 6;
  static final int CHANNEL = 7;
  static final int ROLE = 8;
  static final int NUMBER = 10;

  private final DiscordSimulator simulator;
  final SimInteraction.Type type;
  final String commandName;
  final long messageId;
  final String customId;
  String group;
  String subcommand;
  final List<ObjectNode> options = new ArrayList<>();
  final List<SimChannel> channelOptions = new ArrayList<>();
  final List<SimUser> userOptions = new ArrayList<>();
  final List<SimRole> roleOptions = new ArrayList<>();
  SimUser user;
  SimChannel channel;
  boolean inDm;
  String locale = "en-US";

  InteractionBuilder(
      DiscordSimulator simulator,
      SimInteraction.Type type,
      String commandName,
      long messageId,
      String customId) {
    this.simulator = simulator;
    this.type = type;
    this.commandName = commandName;
    this.messageId = messageId;
    this.customId = customId;
  }

  public InteractionBuilder subcommandGroup(String name) {
    requireCommand();
    this.group = name;
    return this;
  }

  public InteractionBuilder subcommand(String name) {
    requireCommand();
    this.subcommand = name;
    return this;
  }

  public InteractionBuilder option(String name, String value) {
    add(name, STRING).put("value", value);
    return this;
  }

  public InteractionBuilder option(String name, long value) {
    add(name, INTEGER).put("value", value);
    return this;
  }

  public InteractionBuilder option(String name, double value) {
    add(name, NUMBER).put("value", value);
    return this;
  }

  public InteractionBuilder option(String name, boolean value) {
    add(name, BOOLEAN).put("value", value);
    return this;
  }

  public InteractionBuilder option(String name, SimChannel value) {
    add(name, CHANNEL).put("value", Json.id(value.id()));
    channelOptions.add(value);
    return this;
  }

  public InteractionBuilder option(String name, SimUser value) {
    add(name, USER).put("value", Json.id(value.id()));
    userOptions.add(value);
    return this;
  }

  public InteractionBuilder option(String name, SimRole value) {
    add(name, ROLE).put("value", Json.id(value.id()));
    roleOptions.add(value);
    return this;
  }

  /**
   * The option the member is typing in (autocomplete only): Discord sends what was typed so far as
   * a string, whatever the option's type, with "focused": true.
   */
  public InteractionBuilder focused(String name, String typedSoFar) {
    if (type != SimInteraction.Type.AUTOCOMPLETE) {
      throw new IllegalStateException("only an autocomplete interaction has a focused option");
    }
    ObjectNode option = add(name, STRING);
    option.put("value", typedSoFar);
    option.put("focused", true);
    return this;
  }

  /** Who triggers it (a member of the channel's guild, or the DM's recipient). */
  public InteractionBuilder by(SimUser member) {
    this.user = member;
    return this;
  }

  /** Where (a guild text channel, or a DM channel). Button presses default to the message's. */
  public InteractionBuilder in(SimChannel where) {
    this.channel = where;
    this.inDm = false;
    return this;
  }

  /** In the bot's DM with the member given to {@link #by}. */
  public InteractionBuilder inDm() {
    this.inDm = true;
    this.channel = null;
    return this;
  }

  public InteractionBuilder locale(String discordLocale) {
    this.locale = discordLocale;
    return this;
  }

  /** Dispatches the interaction over the Gateway now and returns its handle. */
  public SimInteraction send() {
    return simulator.dispatch(this);
  }

  private ObjectNode add(String name, int optionType) {
    requireCommand();
    ObjectNode option = Json.object();
    option.put("name", name);
    option.put("type", optionType);
    options.add(option);
    return option;
  }

  private void requireCommand() {
    if (type == SimInteraction.Type.COMPONENT) {
      throw new IllegalStateException("a button press has no command options");
    }
  }
}
