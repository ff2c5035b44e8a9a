import type { Activity } from '../pathway/types.ts';

/**
 * How each activity reads in a sentence about the child and a service. A `referral` row names the
 * service referred to (CONTRACT §2), so "was referred to <service>".
 */
export const activityWords: Readonly<Record<Activity, { readonly verb: string; readonly noun: string }>> = {
  concern: { verb: 'had a concern noted by', noun: 'concern noted' },
  contact: { verb: 'was in contact with', noun: 'contact' },
  referral: { verb: 'was referred to', noun: 'referral' },
  assessment: { verb: 'was assessed by', noun: 'assessment' },
  intervention: { verb: 'received help from', noun: 'intervention' },
  admission: { verb: 'was admitted to', noun: 'admission' },
  discharge: { verb: 'was discharged from', noun: 'discharge' },
  declined: { verb: 'declined the offer of help from', noun: 'offer declined' },
  did_not_attend: { verb: 'did not attend an appointment with', noun: 'did not attend' },
};
