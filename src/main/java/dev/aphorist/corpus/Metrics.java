package dev.aphorist.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Engagement counts of a post, each null when the source did not show it.
 *
 * @param replies replies
 * @param reposts reposts / retweets / boosts
 * @param likes likes / favourites
 * @param views views
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metrics(Long replies, Long reposts, Long likes, Long views) {

  /** True when no count is known; such metrics are not written. */
  @JsonIgnore
  public boolean isEmpty() {
    return replies == null && reposts == null && likes == null && views == null;
  }
}
