-- Every notice to an organization asks who acts for it (notification.Notifications). Without an index each ask read
-- every role: 61 ms per notice with 312,000 accounts, so a national run of reminders one notice at a time took
-- hours, and each document sent to a few organizations scanned the table once.
CREATE INDEX account_role_organization ON account_role (organization_id) WHERE organization_id IS NOT NULL;
