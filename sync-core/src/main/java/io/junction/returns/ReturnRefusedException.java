package io.junction.returns;

import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException;
import java.util.List;

/** A return, receipt or closing refused with every reason; nothing was changed. */
public class ReturnRefusedException extends RefusedChangeException {

    /** A return says why, in 1 to 500 characters: {@code (max)}. */
    public static final String REASON_REQUIRED = "reason-required";
    /** A return or receipt needs at least one line: no arguments. */
    public static final String NO_LINES = "no-lines";
    /** A line names no order line: {@code (line)}. */
    public static final String LINE_REQUIRED = "line-required";
    /** The order line is not one of the order's (or of the return's): {@code (line, orderLineId)}. */
    public static final String NOT_ORDER_LINE = "not-order-line";
    /** An order line is named twice: {@code (line, orderLineId)}. */
    public static final String LINE_TWICE = "line-twice";
    /** A quantity must be at least 1: {@code (line, quantity)}. */
    public static final String QUANTITY_NOT_POSITIVE = "quantity-not-positive";
    /** More than shipped and not yet returned: {@code (line, sku, quantity, returnable)}. */
    public static final String MORE_THAN_RETURNABLE = "more-than-returnable";
    /** More received than the return announced: {@code (line, sku, received, quantity)}. */
    public static final String MORE_THAN_RETURNED = "more-than-returned";
    /** A receipt line says RESTOCK or SCRAP: {@code (line)}. */
    public static final String DISPOSITION_REQUIRED = "disposition-required";
    /** A bin location is at most 32 characters: {@code (line, max)}. */
    public static final String LOCATION_TOO_LONG = "location-too-long";
    /** Nothing of the order shipped yet: {@code (orderId)}. */
    public static final String NOT_SHIPPED = "not-shipped";
    /** The return is not in the status the action needs: {@code (id, status)}. */
    public static final String WRONG_STATUS = "wrong-status";
    /** A refund is not negative and has at most two decimals: {@code (amount)}. */
    public static final String BAD_REFUND = "bad-refund";
    /** The restocked SKU's line has no warehouse SKU to put back: {@code (line, sku)}. */
    public static final String NO_WAREHOUSE_SKU = "no-warehouse-sku";

    /** A resend of more than the line shipped: {@code (line, sku, quantity, shipped)}. */
    public static final String MORE_THAN_SHIPPED = "more-than-shipped";
    /** A resend is resent from its original order, never from itself: {@code (orderId, originalOrderId)}. */
    public static final String RESEND_OF_RESEND = "resend-of-resend";

    public ReturnRefusedException(List<Problem> problems, boolean conflict) {
        super(problems, conflict);
    }

    static ReturnRefusedException conflict(String field, String reason, String code, Object... args) {
        return new ReturnRefusedException(List.of(new Problem(field, reason, Refusal.of(code, args))), true);
    }
}
