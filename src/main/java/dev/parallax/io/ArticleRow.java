package dev.parallax.io;

import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Spark bean for {@link Article}: the columns of the articles Dataset and of the state. */
public class ArticleRow implements Serializable {
  private String id;
  private String outlet;
  private String url;
  private String title;
  private Long publishedMillis;
  private String dateSource;
  private String language;
  private List<String> paragraphs;
  private String declaredSource;
  private String sourceFile;
  private long record;
  private boolean repairedUtf8;

  public ArticleRow() {}

  public static ArticleRow of(Article article, boolean repairedUtf8) {
    ArticleRow row = new ArticleRow();
    row.id = article.id();
    row.outlet = article.outlet();
    row.url = article.url();
    row.title = article.title();
    row.publishedMillis = article.published() == null ? null : article.published().toEpochMilli();
    row.dateSource = article.dateSource().name();
    row.language = article.language();
    row.paragraphs = article.paragraphs();
    row.declaredSource = article.declaredSource();
    row.sourceFile = article.sourceFile();
    row.record = article.record();
    row.repairedUtf8 = repairedUtf8;
    return row;
  }

  public Article toArticle() {
    return new Article(
        id,
        outlet,
        url,
        title,
        publishedMillis == null ? null : Instant.ofEpochMilli(publishedMillis),
        DateSource.valueOf(dateSource),
        language,
        paragraphs == null ? List.of() : paragraphs,
        declaredSource,
        sourceFile,
        record);
  }

  /** A copy with another id (duplicate ids are made unique) or other paragraphs. */
  public ArticleRow copy() {
    ArticleRow row = new ArticleRow();
    row.id = id;
    row.outlet = outlet;
    row.url = url;
    row.title = title;
    row.publishedMillis = publishedMillis;
    row.dateSource = dateSource;
    row.language = language;
    row.paragraphs = paragraphs;
    row.declaredSource = declaredSource;
    row.sourceFile = sourceFile;
    row.record = record;
    row.repairedUtf8 = repairedUtf8;
    return row;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getPublishedMillis() {
    return publishedMillis;
  }

  public void setPublishedMillis(Long publishedMillis) {
    this.publishedMillis = publishedMillis;
  }

  public String getDateSource() {
    return dateSource;
  }

  public void setDateSource(String dateSource) {
    this.dateSource = dateSource;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<String> getParagraphs() {
    return paragraphs;
  }

  public void setParagraphs(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  public String getDeclaredSource() {
    return declaredSource;
  }

  public void setDeclaredSource(String declaredSource) {
    this.declaredSource = declaredSource;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public void setSourceFile(String sourceFile) {
    this.sourceFile = sourceFile;
  }

  public long getRecord() {
    return record;
  }

  public void setRecord(long record) {
    this.record = record;
  }

  public boolean isRepairedUtf8() {
    return repairedUtf8;
  }

  public void setRepairedUtf8(boolean repairedUtf8) {
    this.repairedUtf8 = repairedUtf8;
  }
}
