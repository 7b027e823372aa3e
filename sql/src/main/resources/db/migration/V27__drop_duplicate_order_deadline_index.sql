-- ix_order_deadline (status, ship_by) of V23 repeats ix_order_list_ship_by (status, ship_by, id) of V18: InnoDB ends
-- every secondary index with the primary key, so both hold the same entries in the same order. The deadline view
-- reads the V18 one as well; dropping the copy spares every change of an order's status one index to rewrite.
DROP INDEX ix_order_deadline ON oms_order;
