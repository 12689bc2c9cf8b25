package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void threadCountersGoFromEitherEnd() {
    assertThat(TextCleaner.clean("Deployments are hard. 1/").text())
        .isEqualTo("Deployments are hard.");
    assertThat(TextCleaner.clean("Deployments are hard. 1/n").text())
        .isEqualTo("Deployments are hard.");
    assertThat(TextCleaner.clean("Deployments are hard. /1").text())
        .isEqualTo("Deployments are hard.");
    assertThat(TextCleaner.clean("Deployments are hard. (2/5)").text())
        .isEqualTo("Deployments are hard.");
    assertThat(TextCleaner.clean("2/ Deployments are hard.").text())
        .isEqualTo("Deployments are hard.");
    assertThat(TextCleaner.clean("Great thread 🧵").text()).isEqualTo("Great thread");
    assertThat(TextCleaner.clean("Deployments are hard. 1/").threadStart()).isTrue();
    assertThat(TextCleaner.clean("Deployments are hard. 3/").threadStart()).isFalse();
  }

  @Test
  void ratiosAreNotCounters() {
    assertThat(TextCleaner.clean("Our support is 24/7").text()).isEqualTo("Our support is 24/7");
    assertThat(TextCleaner.clean("Think of CI/CD as constraints.").text())
        .isEqualTo("Think of CI/CD as constraints.");
  }

  @Test
  void linksOfEveryShapeGoAndAreRemembered() {
    Cleaned cleaned =
        TextCleaner.clean(
            "This is big: you can now control DNS names. aws.amazon.com/about-aws/wha…");
    assertThat(cleaned.text()).isEqualTo("This is big: you can now control DNS names.");
    assertThat(cleaned.link()).isTrue();
    assertThat(TextCleaner.clean("Read it https://t.co/qBh6wgGuz1 now").text())
        .isEqualTo("Read it now");
    assertThat(TextCleaner.clean("Paying people bit.ly/2In5cdU").text()).isEqualTo("Paying people");
    assertThat(TextCleaner.clean("Node.js is fine.").text()).isEqualTo("Node.js is fine.");
  }

  @Test
  void aTrailingLeadInToAMissingLinkGoesWithTheLink() {
    Cleaned cleaned =
        TextCleaner.clean(
            "Reliable DNS is table stakes for building reliable applications. The teams explain"
                + " some of the details: docs.aws.amazon.com/Route53/…");
    assertThat(cleaned.text())
        .isEqualTo("Reliable DNS is table stakes for building reliable applications.");
    assertThat(cleaned.leadInRemoved()).isTrue();
    assertThat(cleaned.link()).as("the link belonged to the removed lead-in").isFalse();

    Cleaned linkShare =
        TextCleaner.clean("A few thoughts on leader election: blog.joemag.dev/2025/03/the-…");
    assertThat(linkShare.isEmpty()).isTrue();
  }

  @Test
  void aLeadingInterjectionSentenceGoesButAShortQuoteStays() {
    assertThat(
            TextCleaner.clean("Yup, 100% agree here. A leader's job is to provide context.").text())
        .isEqualTo("A leader's job is to provide context.");
    assertThat(TextCleaner.clean("Yes.").text()).isEqualTo("Yes.");
  }

  @Test
  void trailingHashtagsAndHandlesGoInlineHashtagsLoseTheirMark() {
    assertThat(TextCleaner.clean("Fight that temptation. #serverless #aws #awslambda").text())
        .isEqualTo("Fight that temptation.");
    assertThat(TextCleaner.clean("Orgs that adopt #Serverless win").text())
        .isEqualTo("Orgs that adopt Serverless win");
    assertThat(TextCleaner.clean("@jessfraz @colmmacc Queues need backpressure. cc @bob").text())
        .isEqualTo("Queues need backpressure.");
    Cleaned inline = TextCleaner.clean("Great talk by @MarcJBrooker on standards.");
    assertThat(inline.mentions()).isEqualTo(1);
    assertThat(TextCleaner.clean("posting @ here in a slack room").text())
        .isEqualTo("posting @ here in a slack room");
  }

  @Test
  void aWholeQuotationLosesItsMarks() {
    Cleaned cleaned = TextCleaner.clean("\"It all starts with the right incentives\" 👍");
    assertThat(cleaned.text()).isEqualTo("It all starts with the right incentives");
    assertThat(cleaned.quotation()).isTrue();
    assertThat(TextCleaner.clean("He said “no” twice.").quotation()).isFalse();
  }

  @Test
  void textCutOffBySiteIsMarkedButALinkEllipsisAfterASentenceIsNot() {
    assertThat(TextCleaner.clean("They used it to find a bug in rare cases.…").truncated())
        .isFalse();
    assertThat(TextCleaner.clean("They used it to find a bug in rare cas…").truncated()).isTrue();
  }

  @Test
  void replyMarkersAndEmojiAtTheEdgesGo() {
    assertThat(TextCleaner.clean("Replying to @x Caches hide failures.").text())
        .isEqualTo("Caches hide failures.");
    assertThat(TextCleaner.clean("🚨 Caches hide failures. 😎").text())
        .isEqualTo("Caches hide failures.");
  }
}
