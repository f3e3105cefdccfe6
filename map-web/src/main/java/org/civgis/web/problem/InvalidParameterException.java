package org.civgis.web.problem;

/** A request parameter with a value the API cannot use; answered with 400. */
public class InvalidParameterException extends RuntimeException {
  private final String parameter;
  private final String reason;

  /**
   * @param parameter the parameter's name as the client wrote it
   * @param reason why its value is refused, in Chinese
   */
  public InvalidParameterException(String parameter, String reason) {
    super("参数 " + parameter + " 无效：" + reason);
    this.parameter = parameter;
    this.reason = reason;
  }

  public String parameter() {
    return parameter;
  }

  public String reason() {
    return reason;
  }
}
