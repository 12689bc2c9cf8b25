package dev.aphorist.discord;

import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Permission;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** Translates the transport-free command specs into the slash commands Discord registers. */
final class SlashCommands {

  private SlashCommands() {}

  static List<SlashCommandData> of(List<CommandSpec> specs) {
    return specs.stream().map(SlashCommands::of).toList();
  }

  static SlashCommandData of(CommandSpec spec) {
    SlashCommandData command =
        Commands.slash(spec.name(), spec.description())
            .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    command =
        spec.guildOnly()
            ? command.setContexts(InteractionContextType.GUILD)
            : command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    if (spec.requiredPermission() != null) {
      // Discord hides the command from members without it; the router checks again itself.
      command.setDefaultPermissions(
          DefaultMemberPermissions.enabledFor(jdaPermission(spec.requiredPermission())));
    }
    for (CommandSpec.SubcommandSpec sub : spec.subcommands()) {
      SubcommandData data = new SubcommandData(sub.name(), sub.description());
      sub.options().forEach(option -> data.addOptions(option(option)));
      command.addSubcommands(data);
    }
    return command;
  }

  private static OptionData option(OptionSpec spec) {
    OptionData data =
        new OptionData(type(spec.type()), spec.name(), spec.description(), spec.required())
            .setAutoComplete(spec.autocomplete());
    if (spec.type() == OptionSpec.OptionType.STRING && spec.maxLength() > 0) {
      data.setMaxLength(Math.min(spec.maxLength(), OptionData.MAX_STRING_OPTION_LENGTH));
    }
    if (spec.type() == OptionSpec.OptionType.CHANNEL) {
      data.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
    }
    spec.choices().forEach(choice -> data.addChoice(choice.name(), choice.value()));
    return data;
  }

  private static OptionType type(OptionSpec.OptionType type) {
    return switch (type) {
      case STRING -> OptionType.STRING;
      case INTEGER -> OptionType.INTEGER;
      case BOOLEAN -> OptionType.BOOLEAN;
      case CHANNEL -> OptionType.CHANNEL;
    };
  }

  static net.dv8tion.jda.api.Permission jdaPermission(Permission permission) {
    return switch (permission) {
      case MANAGE_SERVER -> net.dv8tion.jda.api.Permission.MANAGE_SERVER;
      case POST_IN_CHANNEL -> net.dv8tion.jda.api.Permission.MESSAGE_SEND;
    };
  }
}
