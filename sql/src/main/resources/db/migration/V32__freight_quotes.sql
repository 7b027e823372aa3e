-- How many hours a logistics method needs from the moment it is chosen until its parcel is handed to the
-- carrier (packing, the carrier's pick-up cut-off): the rule action "cheapest method that meets the ship-by"
-- passes over a method that cannot be handed over before the order's ship-by. NULL: no lead time known, the
-- method meets any ship-by still ahead.
ALTER TABLE lgs_method ADD COLUMN handover_hours INT;
