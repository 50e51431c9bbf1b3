-- A published memo is what its readers were told: the database refuses to change or delete it.
-- A correction is a new memo that refers to this one.
CREATE OR REPLACE FUNCTION refuse_published_memo_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'Memo % is gepubliceerd en kan niet meer veranderen: % is niet toegestaan', OLD.number, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memo_published_frozen BEFORE UPDATE OR DELETE ON memo
  FOR EACH ROW EXECUTE FUNCTION refuse_published_memo_change();
--> statement-breakpoint
CREATE TRIGGER memo_no_truncate BEFORE TRUNCATE ON memo
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Read receipts are evidence of who was told: append-only.
CREATE TRIGGER memo_read_append_only BEFORE UPDATE OR DELETE ON memo_read
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER memo_read_no_truncate BEFORE TRUNCATE ON memo_read
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Once the answer letter to a raadsvraag is published, the questions and answers are the public record.
CREATE OR REPLACE FUNCTION refuse_answered_question_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.answer_published_at IS NOT NULL THEN
    RAISE EXCEPTION 'Raadsvraag % is beantwoord en kan niet meer veranderen: % is niet toegestaan', OLD.reference, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER council_question_answered_frozen BEFORE UPDATE OR DELETE ON council_question
  FOR EACH ROW EXECUTE FUNCTION refuse_answered_question_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_answered_question_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  question_id integer := CASE WHEN TG_OP = 'INSERT' THEN NEW.question_id ELSE OLD.question_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM council_question WHERE id = question_id AND answer_published_at IS NOT NULL) THEN
    RAISE EXCEPTION 'De raadsvraag is beantwoord: de vragen en antwoorden kunnen niet meer veranderen'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER council_question_item_answered_frozen BEFORE INSERT OR UPDATE OR DELETE ON council_question_item
  FOR EACH ROW EXECUTE FUNCTION refuse_answered_question_item_change();
--> statement-breakpoint
-- A delay notice (uitstelbericht) was sent to the raad: it stays on record.
CREATE TRIGGER council_question_delay_append_only BEFORE UPDATE OR DELETE ON council_question_delay
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER council_question_delay_no_truncate BEFORE TRUNCATE ON council_question_delay
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
