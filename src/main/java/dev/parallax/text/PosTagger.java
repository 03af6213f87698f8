package dev.parallax.text;

import java.io.Serializable;

/**
 * Universal Dependencies part-of-speech tags for the words of one sentence: OpenNLP's tagger in
 * context ({@link PartsOfSpeech#IN_CONTEXT}) or a distilled lookup table ({@link PosLexicon}).
 */
@FunctionalInterface
public interface PosTagger extends Serializable {
  /** One UD tag per token; the tokens are words as written (case kept). */
  String[] tags(String[] tokens);
}
