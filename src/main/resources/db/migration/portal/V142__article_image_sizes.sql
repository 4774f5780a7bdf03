-- An article's image is kept in two sizes: for the desk (storage_key, at most 1280 pixels wide) and for the phone
-- (phone_key, at most 640 wide), both JPEG, made when it is uploaded.
ALTER TABLE portal_image
    ADD COLUMN phone_key   text,
    ADD COLUMN phone_width int,
    ADD COLUMN uploaded_by text;
UPDATE portal_image SET phone_key = storage_key, phone_width = width WHERE phone_key IS NULL;
ALTER TABLE portal_image
    ALTER COLUMN phone_key SET NOT NULL,
    ALTER COLUMN phone_width SET NOT NULL;
