package dev.parallax.io;

import dev.parallax.model.Reject;
import java.io.Serializable;

/** Spark bean for {@link Reject}. */
public class RejectRow implements Serializable {
  private String sourceFile;
  private long record;
  private String id;
  private String field;
  private String reason;
  private String detail;
  private String excerpt;

  public RejectRow() {}

  public static RejectRow of(Reject reject) {
    RejectRow row = new RejectRow();
    row.sourceFile = reject.sourceFile();
    row.record = reject.record();
    row.id = reject.id();
    row.field = reject.field();
    row.reason = reject.reason().reportValue();
    row.detail = reject.detail();
    row.excerpt = reject.excerpt();
    return row;
  }

  /** The reject this row holds. */
  public dev.parallax.model.Reject toReject() {
    return new dev.parallax.model.Reject(
        sourceFile,
        record,
        id,
        field,
        dev.parallax.model.RejectReason.valueOf(reason.toUpperCase(java.util.Locale.ROOT)),
        detail,
        excerpt);
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

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }
}
