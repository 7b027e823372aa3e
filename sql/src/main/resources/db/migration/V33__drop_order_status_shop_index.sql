-- ix_order_status (status, shop_id) of V1 serves nothing the later indexes do not: a query by status alone reads
-- ix_order_list (status, priority, ...), one by shop and status ix_order_list_shop (shop_id, status, ...), and the
-- merge's search for a buyer's allocated orders ix_order_shop_buyer (shop_id, buyer_name, ...). Dropping it spares
-- every change of an order's status one index to rewrite (batch approve and allocation move thousands at once).
DROP INDEX ix_order_status ON oms_order;
