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

  /** 412: If-Match named only weak entity tags, which never match for a write (RFC 9110). */
  public static PreconditionFailedException weak(String weakTag) {
    return new PreconditionFailedException(
        "If-Match 中的弱 ETag "
            + weakTag
            + " 不能用于修改：修改须按强比较（RFC 9110 §13.1.1），请去掉 W/ 前缀，发送读取要素时得到的 ETag；您的修改未保存。",
        false);
  }

  /** 412: If-Match was sent for a feature that does not exist (now). */
  public static PreconditionFailedException absent(String what) {
    return new PreconditionFailedException(what + " 当前不存在，If-Match 条件不成立；您的修改未保存。", false);
  }

  /** 428: no If-Match was sent. */
  public static PreconditionFailedException missing() {
    return new PreconditionFailedException(
        "修改要素须带 If-Match 请求头（读取要素时得到的 ETag），或在要素属性 version 中送回读取时的版本，以免覆盖他人的修改。", true);
  }

  public boolean isMissing() {
    return missing;
  }
}
