package dev.parallax.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class TopTermsTest {
  @Test
  void keepsTheMostUsedWhateverTheOrderOfAddingAndMerging() {
    TopTerms left = new TopTerms(3).add("army", 5).add("launchers", 9).add("keld", 2);
    TopTerms right = new TopTerms(3).add("minister", 9).add("border", 1).add("embassy", 5);
    assertThat(left.merge(right).best())
        .extracting(TopTerms.Use::term)
        .containsExactly("launchers", "minister", "army");
    TopTerms one = new TopTerms(3);
    for (String term :
        new String[] {"border", "embassy", "army", "minister", "keld", "launchers"}) {
      one.add(term, term.length());
    }
    assertThat(one.best())
        .extracting(TopTerms.Use::term)
        .containsExactly("launchers", "minister", "embassy");
  }

  @Test
  void survivesJavaSerialisationAsSparkShipsIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new TopTerms(2).add("army", 3).add("forces", 4));
    }
    TopTerms read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (TopTerms) in.readObject();
    }
    assertThat(read.add("troops", 5).best())
        .extracting(TopTerms.Use::term)
        .containsExactly("troops", "forces");
  }
}
