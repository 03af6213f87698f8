package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageDebrisTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "— Jane Roe (@janeroe) September 23, 2018",
        "pic.twitter.com/AbC123xyz — Harbor Desk (@HarborDesk) January 27, 2020",
        "pic.twitter.com/Z2CE7XuXJx",
        "Enlarge this image toggle caption Sam Field/Getty Images Sam Field/Getty Images",
        "Mara Lind/AFP via Getty Images",
        "Image copyright Reuters Image caption The port was closed for a week",
        "Related: Council votes on the harbour plan",
        "Related Video The council voted on Tuesday to close the harbour",
        "READ MORE: What the harbour vote means",
        "Photo: Tom Quill for the Ledger",
        "Updated at 7:16 a.m.",
        "UPDATE: 9 p.m.",
        "Updated 12:30 p.m. ET",
        "By Anna Kell and Piotr Sand",
        "By Anna Kell, Reuters",
        "© 2017 Northern Features Syndicate",
        "(Copyright 2018 The Harbor Wire.",
        "Click here to read the council's full statement.",
      })
  void pageFurnitureIsDebris(String sentence) {
    assertThat(PageDebris.isDebris(sentence)).as(sentence).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The minister said the army had received sixty launchers.",
        "UPDATE: Much like the strike in 2011, workers from out of state are being bused in.",
        "The embassy wrote on Twitter that the report was fabricated https://example.org/x",
        "Close the harbour now, the mayor wrote. — Mayor Dana Holt (@DanaHolt) March 2, 2019",
        "By Tuesday the council had voted to close the harbour for a week.",
        "Watch the council closely, the mayor told reporters.",
        "The photo agency Getty said nothing about the picture.",
        "More than 300 people signed the petition.",
      })
  void reportingIsNotDebris(String sentence) {
    assertThat(PageDebris.isDebris(sentence)).as(sentence).isFalse();
  }
}
