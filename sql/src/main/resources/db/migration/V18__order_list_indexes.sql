-- The order list at a real seller's history (issue 12): every tab reads a page in its sort order
-- straight from an index and stops after the page (keyset paging), whatever filter narrows it.
-- The default sort is priority, then the newest on the platform; id breaks ties, so a page boundary
-- is exact. Each single-value filter (shop, platform, country, logistics method) leads an index of
-- its own, followed by the tab and the default sort.
CREATE INDEX ix_order_list ON oms_order (status, priority, platform_created_at, id);
CREATE INDEX ix_order_list_all ON oms_order (priority, platform_created_at, id);
CREATE INDEX ix_order_list_created ON oms_order (status, platform_created_at, id);
CREATE INDEX ix_order_created ON oms_order (platform_created_at, id);
CREATE INDEX ix_order_list_ship_by ON oms_order (status, ship_by, id);
CREATE INDEX ix_order_ship_by ON oms_order (ship_by, id);
CREATE INDEX ix_order_list_shop ON oms_order (shop_id, status, priority, platform_created_at, id);
CREATE INDEX ix_order_list_platform ON oms_order (platform, status, priority, platform_created_at, id);
CREATE INDEX ix_order_list_country ON oms_order (ship_country, status, priority, platform_created_at, id);
CREATE INDEX ix_order_list_method ON oms_order (logistics_method_id, status, priority, platform_created_at, id);

-- The free-text search: a platform order number across shops, a buyer name by its beginning,
-- a SKU on a line (as the platform names it, or the paired warehouse SKU).
CREATE INDEX ix_order_platform_order_id ON oms_order (platform_order_id);
CREATE INDEX ix_order_buyer_name ON oms_order (buyer_name);
CREATE INDEX ix_line_platform_sku ON oms_order_line (platform_sku, order_id);
CREATE INDEX ix_line_sku ON oms_order_line (sku_id, order_id);
