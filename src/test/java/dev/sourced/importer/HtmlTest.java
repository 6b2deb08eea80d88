package dev.sourced.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void tagsGoAndBlockEndsBecomeSpaces() {
    assertThat(Html.toText("<p>One</p><p>Two <b>bold</b></p>line<br/>break").text())
        .isEqualTo(" One  Two bold line break");
  }

  @Test
  void entitiesAreDecodedByNameAndNumber() {
    assertThat(Html.toText("caf&eacute; &amp; &lt;tea&gt; &#8212; &#x263A; &nbsp;&Ouml;").text())
        .isEqualTo("caf\u00e9 & <tea> \u2014 \u263A \u00A0\u00D6");
  }

  @Test
  void unknownEntityAndALoneAmpersandStay() {
    assertThat(Html.toText("Tom & Jerry &bogus; a<b").text()).isEqualTo("Tom & Jerry &bogus; a<b");
  }

  @Test
  void commentsScriptsAndStylesAreDropped() {
    assertThat(Html.toText("a<!--<var>x</var>-->b<script>alert('<p>')</script>c<style>p{}</style>d").text())
        .isEqualTo("abcd");
  }

  @Test
  void quotedGreaterThanInsideATagDoesNotEndIt() {
    assertThat(Html.toText("<a title=\"x > y\" href='z'>link</a>").text()).isEqualTo("link");
  }

  @Test
  void imagesAreCounted() {
    Html.Result r = Html.toText("<p><img src=\"a.png\"> and <IMG src=b.png></p>");
    assertThat(r.images()).isEqualTo(2);
    assertThat(r.text().strip()).isEqualTo("and");
  }

  @Test
  void deeplyNestedMarkupIsReadInOnePass() {
    String nested = "<b>".repeat(200_000) + "deep" + "</b>".repeat(200_000);
    assertThat(Html.toText(nested).text()).isEqualTo("deep");
  }
}
