-- An account's language decides the language of its e-mails; the application speaks Vietnamese and English.
ALTER TABLE account ADD CONSTRAINT account_locale_known CHECK (locale IN ('vi', 'en'));
