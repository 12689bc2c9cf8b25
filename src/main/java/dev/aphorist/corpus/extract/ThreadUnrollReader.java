package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a thread unrolled by a site such as Thread Reader: the thread's posts, one or more lines
 * each, then the site's furniture. Every non-empty line is a candidate. After the first end marker
 * ("• • •", "More from @x", "You May Also Like", ...) nothing is the thread any more: teasers of
 * the author's other threads, other people's threads and adverts are reported as rejected. Inside
 * the thread, "RT @x:" lines are someone else's; lines wholly in quotation marks are recognised by
 * the extractor as {@link Voice#QUOTATION}, as in every kind of document.
 */
public final class ThreadUnrollReader implements DocumentReader {

  @Override
  public DocumentKind kind() {
    return DocumentKind.THREAD_UNROLL;
  }

  @Override
  public List<Passage> read(String text) {
    String[] lines = text.split("\n", -1);
    List<Passage> out = new ArrayList<>();
    String region = null; // null while inside the thread; afterwards why lines are rejected
    boolean seenContent = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int number = i + 1;
      SiteBoilerplate.Section section = SiteBoilerplate.section(line);
      if (section != SiteBoilerplate.Section.NONE && (seenContent || region != null)) {
        region =
            switch (section) {
              case MORE_FROM_AUTHOR -> "teaser of another thread";
              case OTHER_AUTHORS -> "another author's thread";
              default -> region == null ? "site boilerplate" : region;
            };
        out.add(Passage.rejected(line, number, "site boilerplate"));
        continue;
      }
      if (region != null) {
        String furniture = SiteBoilerplate.furniture(line);
        out.add(Passage.rejected(line, number, furniture != null ? "site boilerplate" : region));
        continue;
      }
      String furniture = SiteBoilerplate.furniture(line);
      if (furniture != null) {
        out.add(Passage.rejected(line, number, furniture));
        continue;
      }
      seenContent = true;
      Passage post = Passage.post(line, number);
      if (line.toLowerCase(Locale.ROOT).startsWith("rt @")) {
        post = post.withVoice(Voice.OTHER, null);
      }
      out.add(post);
    }
    return out;
  }
}
