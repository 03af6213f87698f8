package dev.parallax.io;

import java.io.Serializable;

/**
 * Spark bean for an article kept in the nightly state: the article as accepted (paragraphs
 * included, so later reports never re-read raw input), its event, the copy it is (if any), and the
 * run date that brought it.
 */
public class StateArticleRow implements Serializable {
  private ArticleRow article;
  private String eventId;
  private String syndicatedFrom;
  private String runDate;

  public StateArticleRow() {}

  public static StateArticleRow of(
      ArticleRow article, String eventId, String syndicatedFrom, String runDate) {
    StateArticleRow row = new StateArticleRow();
    row.article = article;
    row.eventId = eventId;
    row.syndicatedFrom = syndicatedFrom;
    row.runDate = runDate;
    return row;
  }

  public ArticleRow getArticle() {
    return article;
  }

  public void setArticle(ArticleRow article) {
    this.article = article;
  }

  public String getEventId() {
    return eventId;
  }

  public void setEventId(String eventId) {
    this.eventId = eventId;
  }

  public String getSyndicatedFrom() {
    return syndicatedFrom;
  }

  public void setSyndicatedFrom(String syndicatedFrom) {
    this.syndicatedFrom = syndicatedFrom;
  }

  public String getRunDate() {
    return runDate;
  }

  public void setRunDate(String runDate) {
    this.runDate = runDate;
  }
}
