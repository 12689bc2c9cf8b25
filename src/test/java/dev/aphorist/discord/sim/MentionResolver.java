package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Discord's allowed_mentions rules, applied to a message's content. */
final class MentionResolver {
  private static final Pattern USER = Pattern.compile("<@!?(\\d{1,20})>");
  private static final Pattern ROLE = Pattern.compile("<@&(\\d{1,20})>");

  private MentionResolver() {}

  /**
   * @param allowedMentions the request's allowed_mentions (null or missing: Discord parses all)
   * @param authorCanMentionEveryone whether the author holds MENTION_EVERYONE in the channel
   * @param roleMentionable whether a role id is mentionable by anyone
   */
  static Pings resolve(
      String content,
      JsonNode allowedMentions,
      boolean authorCanMentionEveryone,
      java.util.function.LongPredicate roleMentionable) {
    if (content == null || content.isEmpty()) {
      return Pings.NONE;
    }
    boolean parseAll = allowedMentions == null || allowedMentions.isNull();
    Set<String> parse = new HashSet<>();
    Set<Long> allowedUsers = new HashSet<>();
    Set<Long> allowedRoles = new HashSet<>();
    if (!parseAll) {
      allowedMentions.path("parse").forEach(p -> parse.add(p.asText()));
      allowedMentions
          .path("users")
          .forEach(u -> allowedUsers.add(Long.parseUnsignedLong(u.asText())));
      allowedMentions
          .path("roles")
          .forEach(r -> allowedRoles.add(Long.parseUnsignedLong(r.asText())));
    }

    Set<Long> users = new HashSet<>();
    Matcher userMatcher = USER.matcher(content);
    while (userMatcher.find()) {
      long id = Long.parseUnsignedLong(userMatcher.group(1));
      if (parseAll || parse.contains("users") || allowedUsers.contains(id)) {
        users.add(id);
      }
    }
    Set<Long> roles = new HashSet<>();
    Matcher roleMatcher = ROLE.matcher(content);
    while (roleMatcher.find()) {
      long id = Long.parseUnsignedLong(roleMatcher.group(1));
      boolean allowed = parseAll || parse.contains("roles") || allowedRoles.contains(id);
      if (allowed && (authorCanMentionEveryone || roleMentionable.test(id))) {
        roles.add(id);
      }
    }
    boolean everyoneAllowed = (parseAll || parse.contains("everyone")) && authorCanMentionEveryone;
    boolean everyone = everyoneAllowed && content.contains("@everyone");
    boolean here = everyoneAllowed && content.contains("@here");
    return new Pings(everyone, here, users, roles);
  }
}
