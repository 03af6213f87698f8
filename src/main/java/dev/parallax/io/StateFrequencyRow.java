package dev.parallax.io;

import java.io.Serializable;

/** Spark bean for one non-zero document frequency; index -1 holds the document count. */
public class StateFrequencyRow implements Serializable {
  private int index;
  private long count;

  public StateFrequencyRow() {}

  public StateFrequencyRow(int index, long count) {
    this.index = index;
    this.count = count;
  }

  public int getIndex() {
    return index;
  }

  public void setIndex(int index) {
    this.index = index;
  }

  public long getCount() {
    return count;
  }

  public void setCount(long count) {
    this.count = count;
  }
}
