export * from './types';
export * from './meetingLink';
export * from './meetingFromLink';
export * from './tallyMeetings';
export * from './readMeetingRow';
