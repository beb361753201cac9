// What lessons write for a figure of a real profile the site serves:
// <ProfileFigure file="go-allocs-sample.pb.gz" of="allocBytes" fn="main.bigScratch" mib />. A server
// component, read at build time with the same reader the profile viewer uses.

import { Predict } from '@/components/Predict/Predict';
import { fmtProfileMeasure, profileMeasure, type ProfileFigureSpec } from '@/lib/profile/figures';

export function ProfileFigure(props: ProfileFigureSpec) {
  return <span className="model-figure">{fmtProfileMeasure(props, profileMeasure(props))}</span>;
}

/** Predict-then-reveal on a figure of a real profile: the answer is read from the file at build time. */
export function ProfilePredict({ question, unit, what, ...spec }: ProfileFigureSpec & { question: string; unit?: string; what: string }) {
  return <Predict question={question} unit={unit} given={{ value: profileMeasure(spec), what }} />;
}
