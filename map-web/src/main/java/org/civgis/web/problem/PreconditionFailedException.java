package org.civgis.web.problem;

/**
 * The feature changed since the client read it (its ETag no longer matches), or a write came
 * without {@code If-Match}: answered with 412 or 428.
 */
public class PreconditionFailedException extends RuntimeException {
  private final boolean missing;

  private PreconditionFailedException(String detail, boolean missing) {
    super(detail);
    this.missing = missing;
  }

  /** 412: the ETag sent is not the current one. */
  public static PreconditionFailedException mismatch(String currentEtag) {
    return new PreconditionFailedException(
        "要素已被他人修改（当前版本 " + currentEtag + "），请重新读取后再编辑；您的修改未保存。", false);
  }

  /** 428: no If-Match was sent. */
  public static PreconditionFailedException missing() {
    return new PreconditionFailedException("修改要素须带 If-Match 请求头（读取要素时得到的 ETag），以免覆盖他人的修改。", true);
  }

  public boolean isMissing() {
    return missing;
  }
}
