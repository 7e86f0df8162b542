import { zodResolver } from '@hookform/resolvers/zod';
import { SlotSeriesForm } from '@pavilion/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/ui/Refusal';
import { serverNowOrLocal } from '../../net/gateway';
import { meetingKeys, meetingsApi, type SlotToPublish } from './meetingsApi';
import { seriesToSlots, toLocalInput, viewerTimeZone } from './meetingTime';

const MINUTE = 60_000;

/** The console's "publish meeting slots" form: a first start, a length and how many in a row. */
export function SlotPublisher({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['meetings', 'common']);
  const client = useQueryClient();
  const ids = { start: useId(), minutes: useId(), count: useId() };
  const defaults = {
    start: toLocalInput(Math.ceil((serverNowOrLocal() + 60 * MINUTE) / (30 * MINUTE)) * 30 * MINUTE),
    minutes: 30,
    count: 1,
  };
  const form = useForm<SlotSeriesForm, unknown, { start: string; minutes: number; count: number }>({
    resolver: zodResolver(SlotSeriesForm),
    defaultValues: defaults,
  });
  const publish = useMutation({
    mutationFn: (slots: SlotToPublish[]) => meetingsApi.publish(boothId, slots),
    onSuccess: () => form.reset(form.getValues()),
    onSettled: () => void client.invalidateQueries({ queryKey: meetingKeys.slots(boothId) }),
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    const slots = seriesToSlots(values);
    if (slots) publish.mutate(slots);
    else form.setError('start', { type: 'custom' });
  });

  return (
    <form className="slot-publisher" onSubmit={onSubmit} noValidate data-testid="slot-publisher">
      <p className="muted">{t('meetings:timeZone', { zone: viewerTimeZone() })}</p>
      <div className="slot-publisher__fields">
        <div className="field">
          <label htmlFor={ids.start}>{t('meetings:publish.start')}</label>
          <input id={ids.start} type="datetime-local" aria-invalid={!!errors.start} {...form.register('start')} />
          {errors.start && <p className="field-error">{t('meetings:publish.errors.start')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.minutes}>{t('meetings:publish.minutes')}</label>
          <input id={ids.minutes} type="number" min={15} max={240} step={5} aria-invalid={!!errors.minutes} {...form.register('minutes')} />
          {errors.minutes && <p className="field-error">{t('meetings:publish.errors.minutes')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.count}>{t('meetings:publish.count')}</label>
          <input id={ids.count} type="number" min={1} max={50} aria-invalid={!!errors.count} {...form.register('count')} />
          {errors.count && <p className="field-error">{t('meetings:publish.errors.count')}</p>}
        </div>
      </div>
      <Refusal error={publish.error} />
      {publish.isSuccess && (
        <p className="notice" role="status">
          {t('meetings:publish.done', { count: publish.data.slots.length })}
        </p>
      )}
      <button type="submit" className="button" disabled={publish.isPending}>
        {t('meetings:publish.submit')}
      </button>
    </form>
  );
}
