-- Tokens are looked up by the table owner while authenticating; the application role sees none.
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
