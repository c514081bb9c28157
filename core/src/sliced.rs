//! Long work done a slice at a time: the one shape of every job that a page can run between
//! frames instead of in one long task (reading a large scenario file, [`crate::doc::Reading`];
//! validating a large setup, [`crate::scenario::Validation`]; making a generated scenario,
//! [`crate::generate::Generator`]).
//!
//! A job is a value: [`Sliced::step`] takes it, does about the work it is given, and gives it
//! back to go on with, or its output. The caller decides how much work a slice gets (a page
//! sizes each slice by how long the last one took) and may drop a job at any point to cancel
//! it. However a job is sliced, its output is the same.

/// What one [`Sliced::step`] gives: the job to go on with, or its output.
#[derive(Debug)]
pub enum Slice<J, T> {
    Pending(J),
    Done(T),
}

/// Work done in slices; see the [module](self).
pub trait Sliced: Sized {
    type Output;

    /// Does about `work` units more (at least one, whatever `work` is) and gives the rest of
    /// the job, or its output once it is done. What a unit is belongs to the job (a user or a
    /// member read or validated, a user made, …): about the same time each.
    fn step(self, work: usize) -> Slice<Self, Self::Output>;

    /// How far the job has come, and where it ends (for a progress bar; done ≤ all): in its
    /// units, or in a measure that grows with them (the reader counts bytes).
    fn progress(&self) -> (usize, usize);

    /// Does the whole job at once.
    fn run(self) -> Self::Output {
        let mut job = self;
        loop {
            match job.step(usize::MAX) {
                Slice::Pending(next) => job = next,
                Slice::Done(output) => return output,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts to a number, a unit per count.
    struct Count(usize, usize);

    impl Sliced for Count {
        type Output = usize;
        fn step(self, work: usize) -> Slice<Self, usize> {
            let next = self.0.saturating_add(work.max(1)).min(self.1);
            if next == self.1 {
                Slice::Done(next)
            } else {
                Slice::Pending(Count(next, self.1))
            }
        }
        fn progress(&self) -> (usize, usize) {
            (self.0, self.1)
        }
    }

    #[test]
    fn a_job_runs_to_the_end_at_once_or_a_slice_at_a_time() {
        assert_eq!(Count(0, 10).run(), 10);
        let mut job = Count(0, 10);
        let mut slices = 0;
        let out = loop {
            slices += 1;
            match job.step(0) {
                Slice::Pending(next) => {
                    assert_eq!(next.progress(), (slices, 10), "at least one unit");
                    job = next;
                }
                Slice::Done(out) => break out,
            }
        };
        assert_eq!((out, slices), (10, 10));
    }
}
