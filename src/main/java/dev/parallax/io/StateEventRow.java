package dev.parallax.io;

import dev.parallax.events.EventCentroid;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Spark bean for an event's running centroid in the nightly state. */
public class StateEventRow implements Serializable {
  private String eventId;
  private int[] wordIndices;
  private double[] wordValues;
  private int[] mentionIndices;
  private double[] mentionValues;
  private double[] meaningSum;
  private long articles;
  private long mentionArticles;
  private long meaningArticles;
  private Long firstMillis;
  private Long lastMillis;

  public StateEventRow() {}

  public static StateEventRow of(EventCentroid centroid) {
    StateEventRow row = new StateEventRow();
    row.eventId = centroid.eventId();
    row.wordIndices = indices(centroid.wordSum());
    row.wordValues = values(centroid.wordSum(), row.wordIndices);
    row.mentionIndices = indices(centroid.mentionSum());
    row.mentionValues = values(centroid.mentionSum(), row.mentionIndices);
    row.meaningSum = centroid.meaningSum();
    row.articles = centroid.articles();
    row.mentionArticles = centroid.mentionArticles();
    row.meaningArticles = centroid.meaningArticles();
    row.firstMillis = centroid.firstMillis();
    row.lastMillis = centroid.lastMillis();
    return row;
  }

  public EventCentroid toCentroid() {
    return new EventCentroid(
        eventId,
        map(wordIndices, wordValues),
        map(mentionIndices, mentionValues),
        meaningArticles == 0 ? null : meaningSum,
        articles,
        mentionArticles,
        meaningArticles,
        firstMillis,
        lastMillis);
  }

  private static int[] indices(Map<Integer, Double> sum) {
    return sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static double[] values(Map<Integer, Double> sum, int[] indices) {
    double[] values = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      values[i] = sum.get(indices[i]);
    }
    return values;
  }

  private static Map<Integer, Double> map(int[] indices, double[] values) {
    Map<Integer, Double> sum = new HashMap<>();
    if (indices != null) {
      for (int i = 0; i < indices.length; i++) {
        sum.put(indices[i], values[i]);
      }
    }
    return sum;
  }

  public double[] getMeaningSum() {
    return meaningSum;
  }

  public void setMeaningSum(double[] meaningSum) {
    this.meaningSum = meaningSum;
  }

  public long getMeaningArticles() {
    return meaningArticles;
  }

  public void setMeaningArticles(long meaningArticles) {
    this.meaningArticles = meaningArticles;
  }

  public String getEventId() {
    return eventId;
  }

  public void setEventId(String eventId) {
    this.eventId = eventId;
  }

  public int[] getWordIndices() {
    return wordIndices;
  }

  public void setWordIndices(int[] wordIndices) {
    this.wordIndices = wordIndices;
  }

  public double[] getWordValues() {
    return wordValues;
  }

  public void setWordValues(double[] wordValues) {
    this.wordValues = wordValues;
  }

  public int[] getMentionIndices() {
    return mentionIndices;
  }

  public void setMentionIndices(int[] mentionIndices) {
    this.mentionIndices = mentionIndices;
  }

  public double[] getMentionValues() {
    return mentionValues;
  }

  public void setMentionValues(double[] mentionValues) {
    this.mentionValues = mentionValues;
  }

  public long getArticles() {
    return articles;
  }

  public void setArticles(long articles) {
    this.articles = articles;
  }

  public long getMentionArticles() {
    return mentionArticles;
  }

  public void setMentionArticles(long mentionArticles) {
    this.mentionArticles = mentionArticles;
  }

  public Long getFirstMillis() {
    return firstMillis;
  }

  public void setFirstMillis(Long firstMillis) {
    this.firstMillis = firstMillis;
  }

  public Long getLastMillis() {
    return lastMillis;
  }

  public void setLastMillis(Long lastMillis) {
    this.lastMillis = lastMillis;
  }
}
