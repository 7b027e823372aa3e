package io.junction.carriers.yunexpress.dto;

/**
 * The envelope every YunExpress answer shares: {@code Code} "0000" when the call was accepted, or
 * the gateway's own {@code ResultCode}/{@code ResultDesc} when it refused to let the call in (for
 * example 1003, a bad signature).
 */
public interface YunExpressAnswer {

    /** The code meaning the call was accepted (individual orders may still have failed). */
    String ACCEPTED = "0000";

    String code();

    String message();

    Integer resultCode();

    String resultDesc();
}
