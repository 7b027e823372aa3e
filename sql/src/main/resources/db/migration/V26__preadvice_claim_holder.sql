-- A pre-advice claim names the node that holds it and that node's run (one per process start), so that a claim
-- of a node that died is taken over as soon as the cluster knows it dead, not only when its lease runs out.
ALTER TABLE oms_package ADD COLUMN preadvice_claimed_by VARCHAR(200);
ALTER TABLE oms_package ADD COLUMN preadvice_claim_run VARCHAR(36);
